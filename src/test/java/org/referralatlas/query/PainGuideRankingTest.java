package org.referralatlas.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.referralatlas.TestAtlases;
import org.referralatlas.model.Atlas;
import org.referralatlas.geometry.Mask;
import org.referralatlas.model.Intensity;
import org.referralatlas.model.Side;

/**
 * The bundled atlas ranks like a clinician: for each region the muscles the pain guides list first
 * lead. Each expectation names where it comes from. "T&S" is Simons, Travell & Simons, Myofascial
 * Pain and Dysfunction: The Trigger Point Manual, vol. 1, 2nd ed. (1999): the Head and Neck
 * Pain-and-Muscle Guide and the Upper Back, Shoulder and Arm pain guide that open those parts list,
 * for each area, the muscles that refer pain there in order of likelihood.
 */
class PainGuideRankingTest {
    private static Atlas atlas;
    private static PainLookup lookup;

    @BeforeAll
    static void load() {
        atlas = TestAtlases.bundled();
        lookup = new PainLookup(atlas);
    }

    private static List<String> ranked(String... regions) {
        return lookup.lookUp(List.of(regions), Side.RIGHT).candidates().stream().map(PainLookup.Candidate::id)
                .toList();
    }

    /** region, the leading muscles (or groups) in order, and the source of that order. */
    static Stream<Arguments> leaders() {
        return Stream.of(
                Arguments.of("temple", List.of("upper-trapezius", "sternocleidomastoid-sternal", "temporalis"),
                        "T&S head and neck guide, temporal headache: trapezius, SCM (sternal), temporalis"),
                Arguments.of("forehead", List.of("sternocleidomastoid-clavicular", "sternocleidomastoid-sternal",
                        "semispinalis-capitis"),
                        "T&S head and neck guide, frontal headache: SCM (clavicular), SCM (sternal), semispinalis capitis"),
                Arguments.of("vertex", List.of("sternocleidomastoid-sternal", "splenius-capitis"),
                        "T&S head and neck guide, vertex headache: SCM (sternal), splenius capitis"),
                Arguments.of("occiput", List.of("upper-trapezius", "sternocleidomastoid-sternal",
                        "semispinalis-capitis"),
                        "T&S head and neck guide, occipital headache: trapezius, SCM (sternal), semispinalis capitis"),
                Arguments.of("behind-the-eye", List.of("sternocleidomastoid-sternal", "temporalis",
                        "splenius-cervicis"),
                        "T&S head and neck guide, eye and eyebrow pain: SCM (sternal), temporalis, splenius cervicis"),
                Arguments.of("tmj", List.of("lateral-pterygoid", "masseter-deep", "medial-pterygoid"),
                        "T&S head and neck guide, ear and TMJ pain: lateral pterygoid, masseter (deep), then "
                                + "medial pterygoid (SCM clavicular refers to the ear, not the joint)"),
                Arguments.of("upper-teeth", List.of("temporalis", "masseter-superficial"),
                        "T&S head and neck guide, toothache: temporalis, masseter (superficial)"),
                Arguments.of("back-of-neck", List.of("upper-trapezius", "lower-trapezius", "cervical-multifidi"),
                        "T&S head and neck guide, back-of-neck pain: trapezius (upper, then lower part), multifidi"),
                Arguments.of("top-of-shoulder", List.of("levator-scapulae", "splenius-cervicis"),
                        "no printed guide; atlas order from T&S ch. 19 (levator scapulae: angle of the neck) and "
                                + "ch. 15 (splenius cervicis: angle of the neck)"),
                Arguments.of("front-of-shoulder", List.of("infraspinatus", "deltoid", "pectoralis-major"),
                        "T&S upper back, shoulder and arm guide, front-of-shoulder pain: infraspinatus, deltoid "
                                + "(anterior), ..., pectoralis major, pectoralis minor"),
                Arguments.of("back-of-shoulder", List.of("deltoid", "levator-scapulae", "teres-major"),
                        "T&S upper back, shoulder and arm guide, back-of-shoulder pain: deltoid, levator scapulae, "
                                + "..., teres major"),
                Arguments.of("back-of-upper-arm", List.of("scalenes", "triceps-brachii", "deltoid"),
                        "T&S upper back, shoulder and arm guide, back-of-arm pain: scaleni, triceps, deltoid"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("leaders")
    void theGuidesLeadingMusclesComeFirst(String region, List<String> leading, String source) {
        List<String> ranked = ranked(region);
        assertEquals(leading, ranked.subList(0, Math.min(leading.size(), ranked.size())), source);
    }

    @Test
    void theReasonNamesTheGuidePlace() {
        PainLookup.Candidate first = lookup.lookUp(List.of("temple"), Side.RIGHT).candidates().get(0);
        assertEquals("T&S pain guide for the temple: 1st", first.guidePlaces().get(0).text());
        PainLookup.Candidate shoulder = lookup.lookUp(List.of("top-of-shoulder"), Side.RIGHT).candidates().get(0);
        assertEquals("Atlas order (no printed guide) for the top of the shoulder: 1st",
                shoulder.guidePlaces().get(0).text());
    }

    @Test
    void theSuboccipitalsTakeOnePlaceWithTheirMembers() {
        List<PainLookup.Candidate> temple = lookup.lookUp(List.of("temple"), Side.RIGHT).candidates();
        List<PainLookup.Candidate> groups = temple.stream().filter(PainLookup.Candidate::isGroup).toList();
        assertEquals(1, groups.size());
        assertEquals("suboccipitals", groups.get(0).id());
        assertEquals(List.of("rectus-capitis-posterior-major", "rectus-capitis-posterior-minor",
                "obliquus-capitis-superior", "obliquus-capitis-inferior"),
                groups.get(0).members().stream().map(m -> m.id()).toList());
        assertTrue(temple.stream().filter(c -> !c.isGroup()).noneMatch(c -> atlas.groupOf(c.muscle().id()).isPresent()),
                "no member has a row of its own");
        // T&S temporal guide: suboccipital group 5th.
        assertEquals(5, groups.get(0).guidePlaces().get(0).place());
        // Four members, one TrP1 each, one region: one shared reason naming all four.
        assertEquals(1, groups.get(0).sharedReasons().size());
        assertEquals(4, groups.get(0).sharedReasons().get(0).muscles().size());
    }

    @Test
    void aMuscleExplainingMoreRegionsStillRanksAboveOneThatLeadsOnlyOne() {
        // Upper teeth: temporalis leads (toothache guide). Temple: upper trapezius leads. Temporalis refers to both.
        List<String> ranked = ranked("temple", "upper-teeth");
        assertEquals("temporalis", ranked.get(0));
        assertTrue(ranked.indexOf("temporalis") < ranked.indexOf("upper-trapezius"));
    }

    @Test
    void everyGuidedRegionRanksItsGuideInOrderWithoutTiesAndAboveTheRest() {
        atlas.painGuides().forEach(g -> {
            List<PainLookup.Candidate> c = lookup.lookUp(List.of(g.region()), Side.RIGHT).candidates();
            assertEquals(g.order(), c.subList(0, g.order().size()).stream().map(PainLookup.Candidate::id).toList(),
                    g.region());
            for (int i = 1; i <= g.order().size() && i < c.size(); i++) {
                assertTrue(c.get(i - 1).score() > c.get(i).score(), g.region() + ": tie between "
                        + c.get(i - 1).id() + " and " + c.get(i).id());
            }
        });
    }

    @Test
    void aRegionWithZonesButNoGuideIsReported() {
        String unguided = atlas.regions().stream().map(r -> r.id())
                .filter(r -> atlas.painGuide(r).isEmpty() && !ranked(r).isEmpty()).findFirst().orElseThrow();
        assertEquals(List.of(unguided), lookup.lookUp(List.of(unguided, "temple"), Side.RIGHT).regionsWithoutGuide());
    }

    @Test
    void theDrawingRankerWeighsTheGuideAndGivesAGroupOneRow() {
        DrawingRanking r = new DrawingRanker(atlas).rankRegions(List.of("temple"), Side.RIGHT);
        List<DrawingRanking.Candidate> groupRows = r.candidates().stream()
                .filter(c -> atlas.groupOf(c.muscle().id()).isPresent()).toList();
        assertEquals(1, groupRows.size(), "the four suboccipitals take one row");
        assertEquals("suboccipitals", groupRows.get(0).group().id());
        assertEquals(4, groupRows.get(0).members().size());
        DrawingRanking.Candidate trapezius = r.candidates().stream()
                .filter(c -> c.muscle().id().equals("upper-trapezius")).findFirst().orElseThrow();
        DrawingRanking.Candidate masseter = r.candidates().stream()
                .filter(c -> c.muscle().id().equals("masseter-superficial")).findFirst().orElseThrow();
        // T&S temporal guide: trapezius 1st; the superficial masseter is not listed.
        // Painted regions share a few border cells with their neighbours, hence the tolerance.
        assertEquals(1.0, trapezius.score(), 0.01, "the credit of the guide's first place");
        assertTrue(masseter.score() <= 0.5, "unlisted: ½ at most: " + masseter.score());
        assertTrue(r.candidates().indexOf(trapezius) < r.candidates().indexOf(masseter));
    }

    @Test
    void withEqualSharesTheDrawingScoreIsTheLookupScore() {
        // n equal regions: X = j/n, q = 1/n; mean credit c gives (j − 1 + c) / n, the lookup's score.
        for (int n = 1; n <= 4; n++) {
            for (int j = 1; j <= n; j++) {
                for (double c : new double[] {0.25, 0.5, 0.75, 1.0}) {
                    assertEquals(ClinicalScore.score(j, j * c, n),
                            ClinicalScore.drawingScore((double) j / n, c, 1.0 / n), 1e-12, n + "/" + j + "/" + c);
                }
            }
        }
        // More of the drawing explained wins: a typical region's share more outweighs any guide place.
        assertTrue(ClinicalScore.drawingScore(1.0, 0.25, 0.5) > ClinicalScore.drawingScore(0.5, 1.0, 0.5));
    }

    private static List<String> drawnUnits(DrawingRanking r) {
        return r.candidates().stream().map(c -> c.group() != null ? c.group().id() : c.muscle().id()).toList();
    }

    @Test
    void aPaintedTempleRanksTheGuidesLeadersFirstAsTheLookupDoes() {
        // T&S head and neck guide, temporal headache: trapezius, SCM (sternal), temporalis.
        List<String> leaders = List.of("upper-trapezius", "sternocleidomastoid-sternal", "temporalis");
        DrawingRanker ranker = new DrawingRanker(atlas);
        assertEquals(leaders, drawnUnits(ranker.rankRegions(List.of("temple"), Side.RIGHT)).subList(0, 3));
        assertEquals(leaders, ranked("temple").subList(0, 3));

        // Paint only the temporalis's own essential shape inside the temple: the shapes favour the
        // temporalis (it has the best fit), yet the guide still decides the order of the region.
        DrawnMasks d = new DrawnMasks(ranker.zones());
        for (String v : ranker.zones().viewIds()) {
            Mask temple = ranker.zones().region("temple", v, Side.RIGHT).orElse(null);
            for (ZoneMasks.MusclePattern p : ranker.zones().patterns(v, Side.RIGHT)) {
                if (temple != null && p.muscle().id().equals("temporalis")) {
                    Mask m = p.essential().copy().and(temple);
                    if (!m.isEmpty()) {
                        d.paint(v, m, Intensity.MODERATE);
                    }
                }
            }
        }
        DrawingRanking r = ranker.rank(d);
        assertEquals(leaders, drawnUnits(r).subList(0, 3));
        DrawingRanking.Candidate temporalis = r.candidates().get(2);
        assertTrue(r.candidates().stream().allMatch(c -> c.fit() <= temporalis.fit() + 1e-12),
                "the shapes alone would put the temporalis first");
        assertTrue(r.candidates().get(0).fit() < temporalis.fit());
    }

    @Test
    void aDrawingOfOneRegionScoresEachMuscleAsTheLookupDoes() {
        DrawingRanker ranker = new DrawingRanker(atlas);
        for (var guide : atlas.painGuides()) {
            String region = guide.region();
            var pick = lookup.lookUp(List.of(region), Side.RIGHT).candidates();
            DrawingRanking r = ranker.rankRegions(List.of(region), Side.RIGHT);
            List<String> units = drawnUnits(r);
            assertEquals(pick.get(0).id(), units.get(0), region + ": " + units);
            for (PainLookup.Candidate c : pick) {
                // The painted region shares a few border cells with its neighbours: scores agree to 0.02.
                DrawingRanking.Candidate row = r.candidates().get(units.indexOf(c.id()));
                assertEquals(c.score(), row.score(), 0.02, region + ", " + c.id());
            }
            for (int i = 1; i < pick.size(); i++) {
                if (pick.get(i - 1).score() > pick.get(i).score() + 0.02) {
                    assertTrue(units.indexOf(pick.get(i - 1).id()) < units.indexOf(pick.get(i).id()),
                            region + ": " + pick.get(i - 1).id() + " before " + pick.get(i).id() + " in " + units);
                }
            }
        }
    }

    @Test
    void aDrawingOverTwoRegionsFavoursTheMuscleExplainingBoth() {
        // The temple is most of this drawing (it is a much larger region than behind the eye), so the guide
        // for the temple weighs most: the units naming both regions that lead both guides come first.
        DrawingRanking r = new DrawingRanker(atlas).rankRegions(List.of("temple", "behind-the-eye"), Side.RIGHT);
        List<String> units = drawnUnits(r);
        assertEquals(java.util.Set.of("upper-trapezius", "sternocleidomastoid-sternal", "temporalis"),
                java.util.Set.copyOf(units.subList(0, 3)), units.toString());
        // The superficial masseter names the temple only: below the muscles that name both.
        assertTrue(units.indexOf("temporalis") < units.indexOf("masseter-superficial"), units.toString());
        // Which units name both regions and which one, from the atlas (the lookup), not from the drawing.
        List<PainLookup.Candidate> pick = lookup.lookUp(List.of("temple", "behind-the-eye"), Side.RIGHT).candidates();
        List<Integer> both = pick.stream().filter(c -> c.regionsExplained() == 2).map(c -> units.indexOf(c.id())).toList();
        List<Integer> one = pick.stream().filter(c -> c.regionsExplained() == 1).map(c -> units.indexOf(c.id())).toList();
        int lastBoth = both.stream().max(Integer::compare).orElseThrow();
        int firstOne = one.stream().min(Integer::compare).orElseThrow();
        assertTrue(lastBoth >= 2 && lastBoth < firstOne, "both regions before one: " + units);
    }
}
