package org.referralatlas.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Muscle;
import org.referralatlas.query.SearchHit.Kind;
import org.referralatlas.text.Fuzzy;

/**
 * Ranked, typo-tolerant search over muscles, regions, symptoms and techniques.
 *
 * <p>Each item has terms (name, Latin name, abbreviations, synonyms, group), each with a weight.
 * A term scores 1.0 for an exact match, 0.9 when it starts with the query, 0.8 when one of its
 * words does, 0.7 when it contains the query, and 0.6 minus 0.1 per typo when the query is
 * within {@link Fuzzy#tolerance} edits of the term, of one of its words or of the beginning of
 * one (so "sternocliedo" still finds sternocleidomastoid). An item's score is its best term
 * score times that term's weight; ties go to the shorter name.
 */
public final class AtlasSearch {
    /** Longest query that is searched; the rest of a longer one is ignored (the CLI refuses it). */
    public static final int MAX_QUERY_LENGTH = 200;

    private record Term(String text, String display, double weight) {
    }

    private record Entry(Kind kind, String id, String name, List<Term> terms) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public AtlasSearch(Atlas atlas) {
        for (Muscle m : atlas.muscles()) {
            List<Term> terms = new ArrayList<>();
            add(terms, m.name(), 1.0);
            add(terms, m.latinName(), 0.95);
            m.abbreviations().forEach(a -> add(terms, a, 1.0));
            m.synonyms().forEach(s -> add(terms, s, 0.95));
            add(terms, m.group(), 0.8);
            entries.add(new Entry(Kind.MUSCLE, m.id(), m.name(), terms));
        }
        atlas.regions().forEach(r -> entries.add(entry(Kind.REGION, r.id(), r.name(), r.synonyms())));
        atlas.symptoms().forEach(s -> entries.add(entry(Kind.SYMPTOM, s.id(), s.name(), s.synonyms())));
        atlas.techniques().forEach(t -> entries.add(entry(Kind.TECHNIQUE, t.id(), t.name(), t.synonyms())));
    }

    private static Entry entry(Kind kind, String id, String name, List<String> synonyms) {
        List<Term> terms = new ArrayList<>();
        add(terms, name, 1.0);
        add(terms, id.replace('-', ' '), 0.95);
        synonyms.forEach(s -> add(terms, s, 0.95));
        return new Entry(kind, id, name, terms);
    }

    private static void add(List<Term> terms, String text, double weight) {
        String normalized = Fuzzy.normalize(text);
        if (!normalized.isEmpty()) {
            terms.add(new Term(normalized, text, weight));
        }
    }

    /** All kinds, best first, at most {@code limit} hits. */
    public List<SearchHit> search(String query, int limit) {
        return search(query, EnumSet.allOf(Kind.class), limit);
    }

    /**
     * Searches; only the first {@value #MAX_QUERY_LENGTH} characters of the query count (fuzzy matching
     * costs the product of the lengths, and no name in an atlas is longer).
     */
    public List<SearchHit> search(String query, Set<Kind> kinds, int limit) {
        String q = Fuzzy.normalize(query.length() > MAX_QUERY_LENGTH ? query.substring(0, MAX_QUERY_LENGTH) : query);
        if (q.isEmpty()) {
            return List.of();
        }
        Map<String, SearchHit> best = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (!kinds.contains(e.kind())) {
                continue;
            }
            for (Term t : e.terms()) {
                double s = score(q, t.text()) * t.weight();
                if (s > 0) {
                    String key = e.kind() + ":" + e.id();
                    SearchHit prev = best.get(key);
                    if (prev == null || s > prev.score()) {
                        best.put(key, new SearchHit(e.kind(), e.id(), e.name(), t.display(), s));
                    }
                }
            }
        }
        List<SearchHit> hits = new ArrayList<>(best.values());
        hits.sort(Comparator.comparingDouble(SearchHit::score).reversed()
                .thenComparingInt(h -> h.name().length())
                .thenComparing(SearchHit::name));
        return hits.size() > limit ? hits.subList(0, limit) : hits;
    }

    /** Score of one normalised query against one normalised term, per the rule in the class comment. */
    static double score(String q, String term) {
        if (term.equals(q)) {
            return 1.0;
        }
        if (term.startsWith(q)) {
            return 0.9;
        }
        String[] words = term.split(" ");
        for (String w : words) {
            if (w.startsWith(q)) {
                return 0.8;
            }
        }
        if (q.length() >= 3 && term.contains(q)) {
            return 0.7;
        }
        int allowed = Fuzzy.tolerance(q.length());
        if (allowed == 0) {
            return 0;
        }
        int d = Fuzzy.distance(q, term);
        for (String w : words) {
            d = Math.min(d, Fuzzy.distance(q, w));
            if (w.length() > q.length()) {
                d = Math.min(d, Fuzzy.distance(q, w.substring(0, q.length())));
            }
        }
        if (term.length() > q.length()) {
            d = Math.min(d, Fuzzy.distance(q, term.substring(0, q.length())));
        }
        return d <= allowed ? 0.6 - 0.1 * d : 0;
    }
}
