package org.referralatlas.query;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.referralatlas.model.Atlas;
import org.referralatlas.query.SearchHit.Kind;
import org.referralatlas.text.ErrorText;

/**
 * Turns what a user typed ("temple", "behind the eye", "SCM") into one atlas id: an exact id,
 * name or synonym first, then the single best search hit if it is clearly ahead of the rest.
 */
public final class Resolver {
    private final Atlas atlas;
    private final AtlasSearch search;

    public Resolver(Atlas atlas, AtlasSearch search) {
        this.atlas = atlas;
        this.search = search;
    }

    /** A resolved id, or the reason it could not be resolved with suggestions. */
    public record Resolution(String id, String problem) {
        public boolean ok() {
            return id != null;
        }
    }

    public Resolution region(String text) {
        if (atlas.region(text).isPresent()) {
            return new Resolution(atlas.currentRegionId(text), null);
        }
        boolean namesARegion = atlas.regions().stream().anyMatch(r -> r.name().equalsIgnoreCase(text.trim())
                || r.synonyms().stream().anyMatch(s -> s.equalsIgnoreCase(text.trim())));
        boolean namesASymptom = atlas.symptoms().stream().anyMatch(s -> s.id().equalsIgnoreCase(text.trim())
                || s.name().equalsIgnoreCase(text.trim())
                || s.synonyms().stream().anyMatch(x -> x.equalsIgnoreCase(text.trim())));
        if (namesASymptom && !namesARegion) {
            // "headache" once resolved to the forehead through "frontal headache": a symptom is not a place.
            return new Resolution(null, ErrorText.quoted(text) + " is a symptom, not a place: name where it hurts ("
                    + String.join(", ", atlas.regions().stream().limit(5).map(r -> r.id()).toList())
                    + " ...; see `regions`)");
        }
        return resolve(text, Kind.REGION, "pain region");
    }

    public Resolution muscle(String text) {
        if (atlas.muscle(text).isPresent()) {
            return new Resolution(text, null);
        }
        return resolve(text, Kind.MUSCLE, "muscle");
    }

    public Resolution symptom(String text) {
        if (atlas.symptom(text).isPresent()) {
            return new Resolution(text, null);
        }
        return resolve(text, Kind.SYMPTOM, "symptom");
    }

    public Resolution technique(String text) {
        if (atlas.technique(text).isPresent()) {
            return new Resolution(text, null);
        }
        return resolve(text, Kind.TECHNIQUE, "technique");
    }

    private Resolution resolve(String text, Kind kind, String noun) {
        List<SearchHit> hits = search.search(text, EnumSet.of(kind), 5);
        if (hits.isEmpty()) {
            return new Resolution(null, "no " + noun + " matches " + ErrorText.quoted(text));
        }
        SearchHit top = hits.get(0);
        boolean exact = top.score() >= 0.95;
        boolean clearlyAhead = hits.size() == 1 || hits.get(1).score() < top.score() - 0.05;
        if (exact || clearlyAhead) {
            return new Resolution(top.id(), null);
        }
        String options = String.join(", ", hits.stream().map(h -> h.id()).toList());
        return new Resolution(null, ErrorText.quoted(text) + " could be several " + noun + "s: " + options);
    }

    /** Convenience for callers that only need the id. */
    public Optional<String> regionId(String text) {
        return Optional.ofNullable(region(text).id());
    }
}
