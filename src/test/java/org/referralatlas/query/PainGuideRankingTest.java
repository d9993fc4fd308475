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
                Arguments.of("front-of-shoulder", List.of("infraspinatus", "deltoid", "pectoralis-minor"),
                        "T&S upper back, shoulder and arm guide, front-of-shoulder pain: infraspinatus, deltoid "
                                + "(anterior), ..., pectoralis minor"));
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
        assertEquals(1.0, trapezius.guideFactor(), 1e-9);
        assertTrue(masseter.guideFactor() < 0.6, "mostly unlisted zones: " + masseter.guideFactor());
        assertTrue(r.candidates().indexOf(trapezius) < r.candidates().indexOf(masseter));
    }
}
