package org.referralatlas.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.FigureView;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.RedFlag;
import org.referralatlas.model.ReferralZone;
import org.referralatlas.model.Side;
import org.referralatlas.model.SourceRef;
import org.referralatlas.model.Technique;
import org.referralatlas.model.TechniqueCategory;
import org.referralatlas.model.TechniqueUse;
import org.referralatlas.model.TriggerPoint;
import org.referralatlas.model.ZoneKind;
import org.referralatlas.query.DrawingRanking;
import org.referralatlas.query.PainLookup;

/** Assembles {@link HandoutContent} from the atlas: for one muscle, or for a pain-finder result. */
public final class HandoutContents {
    /** How many candidate muscles a pain-finder handout lists: more would not fit one page. */
    static final int MAX_CANDIDATES = 5;
    /** Said on every handout, whatever the atlas holds, because no atlas can list every warning sign. */
    static final String GENERAL_FLAG = "Pain that keeps getting worse, does not ease within a few weeks, or comes "
            + "with fever, weight loss, numbness or weakness: see your doctor.";

    static final int MAX_SELF_CARE = 2, MAX_FLAGS = 4;

    private final Atlas atlas;

    public HandoutContents(Atlas atlas) {
        this.atlas = atlas;
    }

    /**
     * A handout for one muscle's pattern.
     *
     * @throws IllegalArgumentException for an unknown muscle id
     */
    public HandoutContent forMuscle(String muscleId, Side side, String note) {
        Muscle m = atlas.muscle(muscleId)
                .orElseThrow(() -> new IllegalArgumentException("no muscle \"" + muscleId + "\""));
        Side s = side == null ? Side.RIGHT : side;
        FigureView view = Figures.bestView(atlas, m, List.of(), s);
        FigureRequest figure = new FigureRequest(view.id(), m.id(), s, null, List.of(), false);
        List<String> where = new ArrayList<>();
        List<String> essential = regionNames(m, ZoneKind.ESSENTIAL);
        List<String> spillover = regionNames(m, ZoneKind.SPILLOVER);
        spillover.removeAll(essential);
        if (!essential.isEmpty()) {
            where.add("Main pain area: " + PlainWords.join(essential) + ".");
        }
        if (!spillover.isEmpty()) {
            where.add("Pain may also spread to: " + PlainWords.join(spillover) + ".");
        }
        where.add("The tender knot (X on the picture) is in the muscle itself, often away from where it hurts.");
        List<String> about = List.of(m.patientSummary());
        return new HandoutContent(m.name(), "Your pain pattern and what you can do \u2013 " + PlainWords.side(s),
                figure, "What is going on?", about, where, List.of(), selfCare(m), precautions(m),
                flags(patternRegions(m)), note, sources(m), atlasLine());
    }

    /**
     * A pain-finder handout: the regions where it hurts, the candidate muscles ranked with reasons, and the
     * self-care and pattern of the most likely one.
     *
     * @throws IllegalArgumentException for an unknown region id or an empty list
     */
    public HandoutContent forPain(List<String> regionIds, Side side, String note) {
        return forPain(regionIds, side, note, null);
    }

    /**
     * As {@link #forPain(List, Side, String)}, with the patient's own drawing on the figure (the figure then
     * shows the drawing's view); {@code drawing} may be null.
     */
    public HandoutContent forPain(List<String> regionIds, Side side, String note, PaintedArea drawing) {
        if (regionIds.isEmpty()) {
            throw new IllegalArgumentException("name at least one pain region");
        }
        List<String> names = regionNames(regionIds);
        Side s = side == null ? Side.RIGHT : side;
        PainLookup.Result result = new PainLookup(atlas).lookUp(regionIds, s);
        List<HandoutContent.Candidate> candidates = new ArrayList<>();
        for (PainLookup.Candidate c : result.candidates().subList(0, Math.min(MAX_CANDIDATES, result.candidates().size()))) {
            candidates.add(new HandoutContent.Candidate(candidates.size() + 1, c.name(),
                    reason(c.reasons(), PainLookup.Reason::zone, r -> List.of(r.region())), c.muscle().patientSummary()));
        }
        Muscle top = result.candidates().isEmpty() ? null : result.candidates().get(0).muscle();
        List<String> where = new ArrayList<>(List.of("You feel pain in: " + PlainWords.join(PlainWords.lower(names)) + " (" + PlainWords.side(s) + ")."));
        if (!result.sites().isEmpty()) { // the armpit: knots lie there, no pattern refers there
            where.add("Knots in these muscles can sit right where it hurts: "
                    + PlainWords.join(result.sites().stream().map(PainLookup.Site::name).toList()) + ".");
        }
        return painHandout("Where it hurts: " + String.join(", ", names), where, candidates, top,
                figure(top, regionIds, s, drawing), regionIds, s, note);
    }

    /**
     * A handout of a pain drawing: the drawing on its view with the best-ranked muscle's pattern, the regions it
     * paints, the ranked muscles with where each sends pain, and the self-care of the first.
     *
     * @param paintedRegions ids of the pain regions the drawing paints
     * @param ranked         the drawing's candidates, best first
     */
    public HandoutContent forDrawing(PaintedArea drawing, List<String> paintedRegions,
                                     List<DrawingRanking.Candidate> ranked, String note) {
        List<HandoutContent.Candidate> candidates = new ArrayList<>();
        for (DrawingRanking.Candidate c : ranked.subList(0, Math.min(MAX_CANDIDATES, ranked.size()))) {
            candidates.add(new HandoutContent.Candidate(candidates.size() + 1, c.name(),
                    reason(c.reasons(), DrawingRanking.Reason::zone, DrawingRanking.Reason::regions),
                    c.muscle().patientSummary()));
        }
        Muscle top = ranked.isEmpty() ? null : ranked.get(0).muscle();
        Side s = ranked.isEmpty() ? Side.BOTH : ranked.get(0).side();
        List<String> names = regionNames(paintedRegions);
        List<String> where = List.of(names.isEmpty() ? "Your drawing shows where you feel pain."
                : "You marked pain in: " + PlainWords.join(PlainWords.lower(names)) + ".");
        FigureRequest figure = new FigureRequest(drawing.viewId(), top == null ? null : top.id(), s, null, List.of(),
                false).withPainted(drawing);
        return painHandout("Your pain drawing", where, candidates, top, figure, paintedRegions, s, note);
    }

    private FigureRequest figure(Muscle top, List<String> regionIds, Side s, PaintedArea drawing) {
        String view = drawing != null ? drawing.viewId() : Figures.bestView(atlas, top, regionIds, s).id();
        return new FigureRequest(view, top == null ? null : top.id(), s, null, regionIds, false).withPainted(drawing);
    }

    private List<String> regionNames(List<String> regionIds) {
        List<String> names = new ArrayList<>();
        for (String id : regionIds) {
            names.add(atlas.region(id).orElseThrow(() -> new IllegalArgumentException("no pain region \"" + id + "\""))
                    .plainName());
        }
        return names;
    }

    private HandoutContent painHandout(String title, List<String> where, List<HandoutContent.Candidate> candidates,
                                       Muscle top, FigureRequest figure, Collection<String> flagRegions, Side s,
                                       String note) {
        List<String> about = List.of(top == null
                ? "No muscle in this atlas is known to send pain there. Your therapist will talk it through with you."
                : "Tight spots (trigger points) in a muscle can send pain somewhere else. These muscles are known to "
                        + "send pain to where you feel it. The picture shows the most likely one, " + top.name() + ".");
        return new HandoutContent(title, "Muscles that may be causing it and what you can do \u2013 " + PlainWords.side(s),
                figure, "What is going on?", about, where, candidates, top == null ? List.of() : selfCare(top),
                top == null ? List.of() : precautions(top), flags(new LinkedHashSet<>(flagRegions)), note,
                top == null ? List.of() : sources(top), atlasLine());
    }

    /** "main pain area: temple; pain may spread to: jaw" from a lookup's or a drawing's reasons. */
    private <R> String reason(List<R> reasons, java.util.function.Function<R, ZoneKind> zone,
                              java.util.function.Function<R, List<String>> regions) {
        List<String> main = new ArrayList<>();
        List<String> spill = new ArrayList<>();
        for (R r : reasons) {
            for (String id : regions.apply(r)) {
                String name = atlas.region(id).map(x -> x.plainName().toLowerCase(Locale.ROOT)).orElse(id);
                List<String> into = zone.apply(r) == ZoneKind.ESSENTIAL ? main : spill;
                if (!into.contains(name) && !main.contains(name)) {
                    into.add(name);
                }
            }
        }
        spill.removeAll(main);
        List<String> parts = new ArrayList<>();
        if (!main.isEmpty()) {
            parts.add("main pain area: " + PlainWords.join(main));
        }
        if (!spill.isEmpty()) {
            parts.add("pain may spread to: " + PlainWords.join(spill));
        }
        return String.join("; ", parts);
    }

    private List<String> regionNames(Muscle m, ZoneKind kind) {
        Set<String> names = new LinkedHashSet<>();
        for (TriggerPoint tp : m.triggerPoints()) {
            for (ReferralZone zone : tp.zones(kind)) {
                zone.regions().forEach(r -> names.add(atlas.region(r).map(x -> x.plainName()).orElse(r)
                        .toLowerCase(Locale.ROOT)));
            }
        }
        return new ArrayList<>(names);
    }

    private static Set<String> patternRegions(Muscle m) {
        Set<String> ids = new LinkedHashSet<>();
        m.triggerPoints().forEach(tp -> tp.zones().forEach(z -> ids.addAll(z.regions())));
        return ids;
    }

    /**
     * Techniques the patient does: self-care first, then lifestyle, in the muscle's order; at most
     * {@value #MAX_SELF_CARE}, so that what a patient takes home fits one page and gets done.
     */
    private List<Technique> selfCareTechniques(Muscle m) {
        List<Technique> list = new ArrayList<>();
        for (TechniqueCategory category : List.of(TechniqueCategory.SELF_CARE, TechniqueCategory.LIFESTYLE)) {
            for (TechniqueUse use : m.techniques()) {
                atlas.technique(use.technique()).filter(t -> t.category() == category).ifPresent(list::add);
            }
        }
        return list.size() > MAX_SELF_CARE ? list.subList(0, MAX_SELF_CARE) : list;
    }

    private List<HandoutContent.SelfCare> selfCare(Muscle m) {
        List<HandoutContent.SelfCare> list = new ArrayList<>();
        for (Technique t : selfCareTechniques(m)) {
            String notes = m.techniques().stream().filter(u -> u.technique().equals(t.id()))
                    .map(TechniqueUse::notes).findFirst().orElse(null);
            list.add(new HandoutContent.SelfCare(t.name(), t.plainLanguage(), notes, t.steps()));
        }
        return list;
    }

    /**
     * What the patient must watch for in the self-care shown. The muscle's own precautions are written
     * for the therapist (anatomy, needling) and stay in the app.
     */
    private List<String> precautions(Muscle m) {
        List<String> list = new ArrayList<>();
        for (Technique t : selfCareTechniques(m)) {
            if (!t.contraindications().isEmpty()) {
                list.add("Take care with \u201c" + t.name() + "\u201d: " + String.join("; ", t.contraindications())
                        + ".");
            }
        }
        list.add("Self-care should feel like a comfortable stretch or pressure, never sharp pain. "
                + "Stop if it hurts more.");
        return list;
    }

    /**
     * Red flags for the pattern's regions: first, flags chosen so that every region of the pattern
     * that has a flag is covered by at least one (each time the flag that covers most regions not yet
     * covered), then other flags tied to these regions, then those that apply everywhere, up to
     * {@value #MAX_FLAGS} in all unless covering every region needs more; then the general "not
     * getting better" line. When there are more than two, each flag is its title and action only,
     * so the page still fits.
     */
    private List<HandoutContent.Flag> flags(Collection<String> regionIds) {
        List<HandoutContent.Flag> list = new ArrayList<>();
        List<RedFlag> all = atlas.redFlagsFor(regionIds).stream()
                .sorted(java.util.Comparator.comparing((RedFlag f) -> f.regions().isEmpty())).toList();
        Set<String> uncovered = new LinkedHashSet<>();
        all.forEach(f -> f.regions().stream().filter(regionIds::contains).forEach(uncovered::add));
        List<RedFlag> chosen = new ArrayList<>();
        while (!uncovered.isEmpty()) {
            RedFlag best = all.stream().filter(f -> !chosen.contains(f))
                    .max(java.util.Comparator.comparingLong(f -> f.regions().stream().filter(uncovered::contains)
                            .count())).orElseThrow();
            chosen.add(best);
            best.regions().forEach(uncovered::remove);
        }
        all.stream().filter(f -> !chosen.contains(f)).limit(Math.max(0, MAX_FLAGS - chosen.size()))
                .forEach(chosen::add);
        // Covering a wide pattern takes more flags than a page holds in full: then title and action only.
        boolean compact = chosen.size() > 2;
        chosen.forEach(f -> list.add(new HandoutContent.Flag(f.title(),
                compact ? f.action() : f.description() + " " + f.action())));
        list.add(new HandoutContent.Flag("Not getting better", GENERAL_FLAG));
        return list;
    }

    private List<String> sources(Muscle m) {
        List<SourceRef> refs = new ArrayList<>(m.sources());
        m.triggerPoints().forEach(tp -> refs.addAll(tp.sources()));
        Set<String> citations = new LinkedHashSet<>();
        for (SourceRef ref : refs) {
            atlas.source(ref.source()).ifPresent(s -> citations.add(s.citation()));
        }
        return new ArrayList<>(citations);
    }

    private String atlasLine() {
        return atlas.manifest().title() + " " + atlas.manifest().version();
    }
}
