package org.referralatlas.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.referralatlas.geometry.Mask;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.PainDrawing;
import org.referralatlas.model.ReferralZone;
import org.referralatlas.model.Side;
import org.referralatlas.model.TriggerPoint;
import org.referralatlas.query.DrawingRanking.Candidate;
import org.referralatlas.query.DrawingRanking.Reason;

/**
 * Ranks muscles by how well their referral patterns explain a pain drawing. Region picks are ranked
 * the same way, as the drawing that paints exactly the picked regions ({@link #rankRegions}).
 *
 * <h2>Formula</h2>
 * A candidate is a muscle on one side (its pattern as authored for the right, mirrored for the left).
 * It only explains views drawn for its side or for {@code BOTH}. A painted cell earns the muscle a
 * credit: 1 inside the shape of one of its essential zones; ½ inside the shape of a spillover zone;
 * {@value #REGION_CREDIT} of the zone's weight (so ½ or ¼) elsewhere in a pain region a zone names,
 * because the atlas says the zone covers that region and the drawn shapes are only where the pain is
 * typically densest; 0 elsewhere. A cell counts once, at its best credit. With D the painted cells,
 * E the cells of its essential zones' shapes, and |X|<sub>w</sub> intensity-weighted cell counts
 * (mild 1, moderate 2, severe 3 per cell; see {@link org.referralatlas.model.Intensity}):
 * <pre>
 *   share explained  x = Σ<sub>c∈D</sub> weight(c) · credit(c) / |D|<sub>w</sub>   (D over every view drawn on)
 *   pattern left out o = |E \ D| / |E|      over the views drawn on (1 when E is empty there)
 *   fit                = x · (1 − ½ o)
 * </pre>
 * So the fit lies in [0, 1]; it is 1 exactly when the drawing lies inside the essential zones and
 * covers all of them in the views drawn on. The share explained dominates the fit (what the patient
 * feels must be explained); leaving out part of the essential pattern, which nearly every patient with
 * that trigger point feels, costs at most half. Views not drawn on are ignored, so drawing only the side
 * view does not penalise a pattern that is also drawn on the front. Muscles with x = 0 are not
 * candidates.
 *
 * <h2>Score and order</h2>
 * The score is the lookup's, {@link ClinicalScore#drawingScore}, with coverage in the drawing's own
 * terms ({@link DrawnRegions}): the share of the drawing's region cells in regions the muscle's zones
 * name, the pain guides' places and the zone kinds there. So a drawing over one region ranks that
 * region's guide leaders first, as the lookup does, and a drawing over several favours the muscle that
 * explains more of the drawn area. Candidates of equal score (where no guide decides, e.g. muscles a
 * guide does not list, or an atlas without guides) are ordered by fit, then higher x, then higher share
 * inside essential shapes, then the atlas's order of muscles (never the alphabet), then right first.
 * A drawing that paints no region is ranked by fit alone (score = fit). Muscles of a
 * {@link org.referralatlas.model.MuscleGroup} take one place per side: the group's row is its
 * best-ranked member's, with the members listed.
 *
 * <h2>Combinations</h2>
 * Over the {@value #COMBINATION_POOL} candidates with the highest share explained, every pair and
 * triple is tried; a combination's share explained is x for the union of its members' patterns (a
 * cell counts once, at its best weight). The best pair is recommended unless the best triple explains
 * at least {@value #TRIPLE_GAIN} more of the drawing; combinations that explain no more than the best
 * single muscle are not reported.
 *
 * <h2>Unexplained</h2>
 * The painted cells outside every zone of every muscle (on the sides each view allows).
 *
 * <h2>Region picks</h2>
 * A pick of regions is ranked as the drawing that paints exactly those regions. For one region R on
 * one side every muscle of {@link PainLookup}'s pick of R is a candidate with the pick's score (the
 * credit for R), so the two rank alike; muscles the pick does not list (which touch R only with the
 * shape of a zone naming a neighbouring region) score 0 and come last, and within equal scores the
 * drawing breaks the pick's ties by geometry. {@code DrawingConsistencyTest} checks it for every
 * region of the test atlas.
 */
public final class DrawingRanker {
    public static final double SPILLOVER_WEIGHT = PainLookup.SPILLOVER_WEIGHT;
    /** How much leaving out the whole essential pattern costs (the fit is x · (1 − this × o)). */
    public static final double LEFT_OUT_PENALTY = 0.5;
    /** Credit, as a fraction of the zone's weight, for a cell in a region the zone names but outside its shapes. */
    public static final double REGION_CREDIT = 0.5;
    public static final int COMBINATION_POOL = 8;
    public static final double TRIPLE_GAIN = 0.10;

    private final ZoneMasks zones;
    private final Atlas atlas;
    private final ClinicalScore clinical;
    private final Map<String, Integer> atlasOrder = new HashMap<>();

    public DrawingRanker(ZoneMasks zones) {
        this.zones = zones;
        this.atlas = zones.atlas();
        this.clinical = new ClinicalScore(atlas);
        atlas.muscles().forEach(m -> atlasOrder.put(m.id(), atlasOrder.size()));
    }

    public DrawingRanker(Atlas atlas) {
        this(ZoneMasks.of(atlas));
    }

    public ZoneMasks zones() {
        return zones;
    }

    /** Ranks a saved or edited drawing. */
    public DrawingRanking rank(PainDrawing drawing) {
        return rank(DrawnMasks.of(zones, drawing));
    }

    /** Ranks a pick of regions with the drawing scoring (see {@link DrawnMasks#ofRegions}). */
    public DrawingRanking rankRegions(Collection<String> regionIds, Side side) {
        return rank(DrawnMasks.ofRegions(zones, regionIds, side));
    }

    /** What the ranker accumulates for one candidate over the views. */
    static final class Tally {
        final Muscle muscle;
        final Side side;
        long essentialW;
        long spilloverW;
        long essentialRegionW;
        long spilloverRegionW;
        long essentialCovered;
        long essentialCells;
        final List<ZoneMasks.MusclePattern> patterns = new ArrayList<>();
        /** Weighted overlap per zone, summed over views (the zone record is shared by its views' masks). */
        final Map<ReferralZone, long[]> zoneW = new IdentityHashMap<>();
        final Map<ReferralZone, TriggerPoint> zoneTp = new IdentityHashMap<>();

        Tally(Muscle muscle, Side side) {
            this.muscle = muscle;
            this.side = side;
        }
    }

    public DrawingRanking rank(DrawnMasks drawn) {
        long total = 0;
        double area = 0;
        for (String v : drawn.views()) {
            total += drawn.weighted(v);
            area += drawn.all(v).count() * zones.grid(v).orElseThrow().cellArea();
        }
        if (total == 0) {
            return new DrawingRanking(List.of(), List.of(), 0, Map.of(), 0);
        }
        // Keyed by identity: hashing muscle records (deep, with all their lists) per pattern cost more than the counting.
        Map<Muscle, Tally[]> tallies = new IdentityHashMap<>();
        Map<String, Mask> unexplained = new HashMap<>();
        long unexplainedW = 0;
        for (String v : drawn.views()) {
            Mask d = drawn.all(v);
            if (d.isEmpty()) {
                continue;
            }
            Mask left = d.copy();
            for (Side side : List.of(Side.RIGHT, Side.LEFT)) {
                if (drawn.side(v) != Side.BOTH && drawn.side(v) != side) {
                    continue;
                }
                for (ZoneMasks.MusclePattern p : zones.patterns(v, side)) {
                    tally(tallies, drawn, v, d, p);
                    left.andNot(p.essential()).andNot(p.spilloverOnly()).andNot(p.essentialRegions())
                            .andNot(p.spilloverRegions());
                }
            }
            if (!left.isEmpty()) {
                unexplained.put(v, left);
                unexplainedW += drawn.weighted(v, left);
            }
        }
        DrawnRegions regions = new DrawnRegions(zones, drawn);
        List<Candidate> candidates = new ArrayList<>();
        Map<Candidate, Tally> byCandidate = new IdentityHashMap<>();
        for (Tally t : tallies.values().stream().flatMap(java.util.Arrays::stream).toList()) {
            if (t == null || t.essentialW + t.spilloverW + t.essentialRegionW + t.spilloverRegionW == 0) {
                continue;
            }
            Candidate c = candidate(t, total, regions);
            candidates.add(c);
            byCandidate.put(c, t);
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(Comparator.comparingDouble(Candidate::fit).reversed())
                .thenComparing(Comparator.comparingDouble(Candidate::shareExplained).reversed())
                .thenComparing(Comparator.comparingDouble(Candidate::essentialShare).reversed())
                .thenComparingInt(c -> atlasOrder.getOrDefault(c.muscle().id(), Integer.MAX_VALUE))
                .thenComparing(Candidate::side));
        candidates = oneRowPerGroup(candidates, byCandidate);
        List<DrawingRanking.Combination> combinations = new Combinations(drawn, total).best(candidates, byCandidate);
        return new DrawingRanking(candidates, combinations, (double) unexplainedW / total, unexplained, area);
    }

    private static void tally(Map<Muscle, Tally[]> tallies, DrawnMasks drawn, String v, Mask d,
                              ZoneMasks.MusclePattern p) {
        Tally[] both = tallies.computeIfAbsent(p.muscle(), k -> new Tally[2]);
        int s0 = p.side() == Side.RIGHT ? 0 : 1;
        Tally t = both[s0] == null ? both[s0] = new Tally(p.muscle(), p.side()) : both[s0];
        t.patterns.add(p);
        t.essentialCells += p.essentialCells();
        long e = drawn.weighted(v, p.essential());
        long s = drawn.weighted(v, p.spilloverOnly());
        long er = drawn.weighted(v, p.essentialRegions());
        long sr = drawn.weighted(v, p.spilloverRegions());
        if (e + s + er + sr == 0) {
            return;
        }
        t.essentialW += e;
        t.spilloverW += s;
        t.essentialRegionW += er;
        t.spilloverRegionW += sr;
        t.essentialCovered += d.countAnd(p.essential());
        for (ZoneMasks.ZoneMask z : p.zones()) {
            long w = drawn.weighted(v, z.extent());
            if (w > 0) {
                t.zoneW.computeIfAbsent(z.zone(), k -> new long[1])[0] += w;
                t.zoneTp.put(z.zone(), z.triggerPoint());
            }
        }
    }

    /** Keeps each group's best member per side (the list is sorted best first), as the group's row. */
    private List<Candidate> oneRowPerGroup(List<Candidate> sorted, Map<Candidate, Tally> byCandidate) {
        List<Candidate> rows = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Candidate c : sorted) {
            var group = atlas.groupOf(c.muscle().id());
            if (group.isEmpty()) {
                rows.add(c);
            } else if (seen.add(group.get().id() + "/" + c.side().id())) {
                Candidate row = c.asGroup(group.get(), group.get().members().stream()
                        .map(id -> atlas.muscle(id).orElseThrow()).toList());
                byCandidate.put(row, byCandidate.get(c));
                rows.add(row);
            }
        }
        return rows;
    }

    private Candidate candidate(Tally t, long total, DrawnRegions regions) {
        double essentialShare = (double) t.essentialW / total;
        double spilloverShare = (double) t.spilloverW / total;
        double x = (t.essentialW + SPILLOVER_WEIGHT * t.spilloverW + REGION_CREDIT * t.essentialRegionW
                + REGION_CREDIT * SPILLOVER_WEIGHT * t.spilloverRegionW) / total;
        double regionShare = (double) (t.essentialRegionW + t.spilloverRegionW) / total;
        double leftOut = t.essentialCells == 0 ? 1.0 : 1.0 - (double) t.essentialCovered / t.essentialCells;
        List<Reason> reasons = new ArrayList<>();
        t.zoneW.forEach((zone, w) -> {
            TriggerPoint tp = t.zoneTp.get(zone);
            reasons.add(new Reason(tp.id(), tp.label(), zone.kind(), zone.regions(), (double) w[0] / total));
        });
        // Identity maps have no order: sort fully so the output is deterministic.
        reasons.sort(Comparator.comparing(Reason::zone)
                .thenComparing(Comparator.comparingDouble(Reason::shareOfDrawing).reversed())
                .thenComparing(Reason::triggerPoint)
                .thenComparing(r -> String.join(",", r.regions())));
        double fit = x * (1 - LEFT_OUT_PENALTY * leftOut);
        String unit = atlas.groupOf(t.muscle.id()).map(g -> g.id()).orElse(t.muscle.id());
        DrawnRegions.Clinical c = regions.score(clinical, unit, t.muscle, t.side);
        double score = regions.isEmpty() ? fit : c.score();
        return new Candidate(t.muscle, t.side, score, x, essentialShare, spilloverShare, regionShare, leftOut,
                reasons, fit, c.explained(), null, List.of(t.muscle));
    }
}
