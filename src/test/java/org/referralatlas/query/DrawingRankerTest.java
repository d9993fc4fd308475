package org.referralatlas.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.referralatlas.TestAtlases;
import org.referralatlas.geometry.Mask;
import org.referralatlas.model.Intensity;
import org.referralatlas.model.Side;
import org.referralatlas.model.ZoneKind;

class DrawingRankerTest {
    static final ZoneMasks ZONES = ZoneMasks.of(TestAtlases.mini());
    private final DrawingRanker ranker = new DrawingRanker(ZONES);

    /** A drawing that paints exactly a muscle's essential (or spillover) zones in every view, on one side. */
    static DrawnMasks patternDrawing(String muscle, Side side, boolean essential) {
        DrawnMasks d = new DrawnMasks(ZONES);
        paintPattern(d, muscle, side, essential);
        return d;
    }

    static void paintPattern(DrawnMasks d, String muscle, Side side, boolean essential) {
        for (String v : ZONES.viewIds()) {
            for (ZoneMasks.MusclePattern p : ZONES.patterns(v, side)) {
                Mask m = essential ? p.essential() : p.spilloverOnly();
                if (p.muscle().id().equals(muscle) && !m.isEmpty()) {
                    d.paint(v, m, Intensity.MODERATE);
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"upper-trapezius,RIGHT", "sternocleidomastoid-sternal,RIGHT", "temporalis,RIGHT", "suboccipitals,RIGHT",
        "upper-trapezius,LEFT", "sternocleidomastoid-sternal,LEFT", "temporalis,LEFT", "suboccipitals,LEFT"})
    void aDrawingEqualToAMusclesEssentialZoneRanksThatMuscleFirst(String muscle, Side side) {
        DrawingRanking r = ranker.rank(patternDrawing(muscle, side, true));
        DrawingRanking.Candidate first = r.candidates().get(0);
        assertEquals(muscle + "/" + side.id(), first.key());
        assertEquals(1.0, first.fit(), 1e-12, "inside the essential zones and covering all of them");
        assertEquals(0.0, first.patternLeftOut(), 1e-12);
        assertTrue(r.candidates().get(1).fit() < first.fit(), "a tie would not be 'first'");
        assertEquals(0.0, r.unexplainedShare(), 1e-12);
    }

    @Test
    void aDrawingSpanningTwoPatternsGetsThatPairAsTheBestCombination() {
        DrawnMasks d = patternDrawing("sternocleidomastoid-sternal", Side.RIGHT, true);
        paintPattern(d, "upper-trapezius", Side.RIGHT, true);
        DrawingRanking r = ranker.rank(d);
        DrawingRanking.Combination best = r.bestCombination().orElseThrow();
        assertEquals(Set.of("sternocleidomastoid-sternal/right", "upper-trapezius/right"),
                best.members().stream().map(DrawingRanking.Candidate::key).collect(Collectors.toSet()));
        assertEquals(1.0, best.shareExplained(), 1e-12);
        assertTrue(r.candidates().get(0).shareExplained() < 1.0, "no single muscle explains it all");
    }

    @Test
    void aCombinationsShareIsTheWeightedUnionOfItsMembersPatterns() {
        // A mixed-intensity drawing over several patterns on one view, checked against plain mask algebra.
        DrawnMasks d = new DrawnMasks(ZONES);
        d.setSide("lateral", Side.RIGHT); // so every member's pattern is the authored one
        d.paint("lateral", pattern("lateral", "temporalis").essential(), Intensity.SEVERE);
        d.paint("lateral", pattern("lateral", "suboccipitals").essential(), Intensity.MILD);
        d.paint("lateral", pattern("lateral", "upper-trapezius").spilloverOnly(), Intensity.MODERATE);
        d.apply("lateral", org.referralatlas.model.Stroke.paint(
                List.of(new org.referralatlas.model.Point(360, 240)), 12, Intensity.SEVERE));
        DrawingRanking r = ranker.rank(d);
        assertTrue(r.combinations().size() >= 1);
        for (DrawingRanking.Combination c : r.combinations()) {
            Mask e = new Mask(d.all("lateral").grid()), s = new Mask(e.grid());
            Mask er = new Mask(e.grid()), sr = new Mask(e.grid());
            for (DrawingRanking.Candidate m : c.members()) {
                ZoneMasks.MusclePattern p = pattern("lateral", m.muscle().id());
                e.or(p.essential());
                s.or(p.spilloverOnly());
                er.or(p.essentialRegions());
                sr.or(p.spilloverRegions());
            }
            // Each cell at its best credit among the members: 1, then ½ (spillover shapes, essential regions), then ¼.
            Mask half = s.with(er).andNot(e);
            sr.andNot(e).andNot(half);
            double expected = (d.weighted("lateral", e) + 0.5 * d.weighted("lateral", half)
                    + 0.25 * d.weighted("lateral", sr)) / d.weighted("lateral");
            assertEquals(expected, c.shareExplained(), 1e-12,
                    c.members().stream().map(DrawingRanking.Candidate::key).toList().toString());
        }
    }

    @Test
    void aBilateralDrawingPairsTheSameMuscleOnBothSides() {
        DrawnMasks d = patternDrawing("temporalis", Side.RIGHT, true);
        paintPattern(d, "temporalis", Side.LEFT, true);
        DrawingRanking r = ranker.rank(d);
        assertEquals(Set.of("temporalis/right", "temporalis/left"), r.bestCombination().orElseThrow().members()
                .stream().map(DrawingRanking.Candidate::key).collect(Collectors.toSet()));
    }

    @Test
    void spilloverCountsHalf() {
        // The temporalis spillover zone (forehead) alone: explained at half weight by temporalis.
        DrawingRanking r = ranker.rank(patternDrawing("temporalis", Side.RIGHT, false));
        DrawingRanking.Candidate temporalis = r.candidates().stream()
                .filter(c -> c.key().equals("temporalis/right")).findFirst().orElseThrow();
        assertEquals(1.0, temporalis.spilloverShare(), 1e-12);
        assertEquals(DrawingRanker.SPILLOVER_WEIGHT, temporalis.shareExplained(), 1e-12);
        // None of its essential pattern is drawn: the full left-out penalty applies.
        assertEquals(1.0, temporalis.patternLeftOut(), 1e-12);
        assertEquals(0.5 * (1 - DrawingRanker.LEFT_OUT_PENALTY), temporalis.fit(), 1e-12);
        assertEquals(ZoneKind.SPILLOVER, temporalis.reasons().get(0).zone());
        assertEquals(List.of("forehead"), temporalis.reasons().get(0).regions());
    }

    @Test
    void theRestOfANamedRegionEarnsHalfTheZonesWeight() {
        // The forehead outside every zone shape: the SCM (essential zone names the forehead) earns ½ per
        // cell, temporalis (spillover zone names it) ¼.
        DrawnMasks d = new DrawnMasks(ZONES);
        Mask rest = ZONES.region("forehead", "lateral", Side.RIGHT).orElseThrow().copy();
        for (ZoneMasks.MusclePattern p : ZONES.patterns("lateral", Side.RIGHT)) {
            rest.andNot(p.essential()).andNot(p.spilloverOnly());
        }
        // Only the forehead: where it touches another region, that region's credit would mix in.
        for (String other : List.of("temple", "behind-the-eye", "occiput", "mastoid", "back-of-neck", "upper-teeth")) {
            ZONES.region(other, "lateral", Side.RIGHT).ifPresent(rest::andNot);
        }
        assertTrue(rest.count() > 20, "the test needs some of the region outside the shapes");
        d.paint("lateral", rest, Intensity.SEVERE);
        DrawingRanking r = ranker.rank(d);
        DrawingRanking.Candidate scm = r.candidates().stream()
                .filter(c -> c.key().equals("sternocleidomastoid-sternal/right")).findFirst().orElseThrow();
        DrawingRanking.Candidate temporalis = r.candidates().stream()
                .filter(c -> c.key().equals("temporalis/right")).findFirst().orElseThrow();
        assertEquals(DrawingRanker.REGION_CREDIT, scm.shareExplained(), 1e-12);
        assertEquals(DrawingRanker.REGION_CREDIT * DrawingRanker.SPILLOVER_WEIGHT, temporalis.shareExplained(), 1e-12);
        assertEquals(1.0, scm.regionShare(), 1e-12);
        assertEquals(0.0, scm.essentialShare(), 1e-12);
        assertEquals(0.0, r.unexplainedShare(), 1e-12, "credited cells are explained");
    }

    @Test
    void leavingOutHalfThePatternCostsAQuarter() {
        // Half of the SCM's essential pattern, on one view only: the other views are not judged.
        DrawnMasks d = new DrawnMasks(ZONES);
        ZoneMasks.MusclePattern scm = ZONES.patterns("anterior", Side.RIGHT).stream()
                .filter(p -> p.muscle().id().equals("sternocleidomastoid-sternal")).findFirst().orElseThrow();
        Mask half = scm.essential().copy();
        Mask upper = new Mask(half.grid());
        half.forEachCell((c, row) -> {
            if (row < 60) { // y < 120: the forehead part, above the eye part
                upper.paintDisc(half.grid().centreX(c), half.grid().centreY(row), 0.5);
            }
        });
        d.paint("anterior", upper, Intensity.MILD);
        DrawingRanking.Candidate first = ranker.rank(d).candidates().get(0);
        assertEquals("sternocleidomastoid-sternal/right", first.key());
        double o = 1.0 - (double) upper.count() / scm.essentialCells();
        assertEquals(o, first.patternLeftOut(), 1e-12);
        assertEquals(1.0 - DrawingRanker.LEFT_OUT_PENALTY * o, first.fit(), 1e-12);
    }

    @Test
    void severeCellsWeighThreeTimesMildOnes() {
        // Temporalis essential (mild) and SCM essential (severe) on the lateral view; the two are disjoint.
        ZoneMasks.MusclePattern temporalis = pattern("lateral", "temporalis");
        ZoneMasks.MusclePattern scm = pattern("lateral", "sternocleidomastoid-sternal");
        int t = temporalis.essential().count(), s = scm.essential().count();
        assertEquals(0, temporalis.essential().countAnd(scm.essential()));
        DrawnMasks weighted = new DrawnMasks(ZONES);
        weighted.paint("lateral", temporalis.essential(), Intensity.MILD);
        weighted.paint("lateral", scm.essential(), Intensity.SEVERE);
        DrawnMasks flat = new DrawnMasks(ZONES);
        flat.paint("lateral", temporalis.essential(), Intensity.MODERATE);
        flat.paint("lateral", scm.essential(), Intensity.MODERATE);

        assertEquals(3.0 * s / (3.0 * s + t), share(ranker.rank(weighted), "sternocleidomastoid-sternal/right"), 1e-12);
        assertEquals(1.0 * t / (3.0 * s + t), share(ranker.rank(weighted), "temporalis/right"), 1e-12);
        assertEquals(1.0 * s / (s + t), share(ranker.rank(flat), "sternocleidomastoid-sternal/right"), 1e-12);
    }

    private static double share(DrawingRanking r, String key) {
        return r.candidates().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow().essentialShare();
    }

    @Test
    void paintingWhereNoMuscleRefersIsUnexplained() {
        DrawnMasks d = new DrawnMasks(ZONES);
        d.apply("posterior", org.referralatlas.model.Stroke.paint(
                List.of(new org.referralatlas.model.Point(100, 600)), 10, Intensity.SEVERE));
        DrawingRanking r = ranker.rank(d);
        assertTrue(r.candidates().isEmpty());
        assertEquals(1.0, r.unexplainedShare(), 1e-12);
        assertEquals(d.all("posterior"), r.unexplained().get("posterior"));
    }

    @Test
    void theUnexplainedPartIsWhatNoZoneCovers() {
        DrawnMasks d = patternDrawing("temporalis", Side.RIGHT, true);
        d.apply("lateral", org.referralatlas.model.Stroke.paint(
                List.of(new org.referralatlas.model.Point(700, 600)), 10, Intensity.MODERATE));
        DrawingRanking r = ranker.rank(d);
        Mask stray = new Mask(ZONES.grid("lateral").orElseThrow()).paintDisc(700, 600, 10);
        assertEquals(stray, r.unexplained().get("lateral"));
        double total = 0;
        for (String v : d.views()) {
            total += d.weighted(v);
        }
        assertEquals(2.0 * stray.count() / total, r.unexplainedShare(), 1e-12);
    }

    @Test
    void aViewDrawnForOneSideOnlyConsidersThatSidesMuscles() {
        DrawnMasks d = patternDrawing("temporalis", Side.LEFT, true);
        d.setSide("lateral", Side.RIGHT);
        d.setSide("anterior", Side.RIGHT);
        DrawingRanking r = ranker.rank(d);
        assertTrue(r.candidates().stream().allMatch(c -> c.side() == Side.RIGHT), r.candidates().toString());
    }

    @Test
    void aBlankDrawingHasNoCandidates() {
        DrawingRanking r = ranker.rank(new DrawnMasks(ZONES));
        assertTrue(r.candidates().isEmpty());
        assertTrue(r.combinations().isEmpty());
        assertEquals(0, r.unexplainedShare());
    }

    private static ZoneMasks.MusclePattern pattern(String view, String muscle) {
        return ZONES.patterns(view, Side.RIGHT).stream().filter(p -> p.muscle().id().equals(muscle))
                .findFirst().orElseThrow();
    }
}
