package org.referralatlas.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.referralatlas.TestAtlases;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.PainGuide;
import org.referralatlas.model.Side;

/**
 * Every lookup issue #13 names, as a patient says it, leads with the muscles its source gives. Where the
 * atlas holds a Travell &amp; Simons pain guide for the region (Simons, Travell &amp; Simons 1999), the guide's
 * first places lead, in order. Where it holds none (the chest, the inner edge of the shoulder blade, the side
 * of the chest: two searches found no copy or transcription of T&amp;S's front-of-chest, side-of-chest, upper-
 * or mid-thoracic back guides; log in atlas-data/docs/pain-guide-sources.md), the lookup says so, and the
 * muscles whose T&amp;S chapter draws an essential zone there lead, before every spillover. The armpit is where trigger points lie,
 * not where one refers ({@link ArmpitLookupTest}).
 */
class ShoulderLookupsTest {
    private static final Atlas atlas = TestAtlases.bundled();
    private static final PainLookup lookup = new PainLookup(atlas);
    private static final Resolver resolver = new Resolver(atlas, new AtlasSearch(atlas));

    private static PainLookup.Result lookUp(String said, String region) {
        Resolver.Resolution r = resolver.region(said);
        assertEquals(region, r.id(), () -> said + ": " + r.problem());
        return lookup.lookUp(List.of(region), Side.RIGHT);
    }

    private static List<String> ids(List<PainLookup.Candidate> candidates) {
        return candidates.stream().map(PainLookup.Candidate::id).toList();
    }

    /** What the patient says, the region, the leading muscles (or groups) in order, and their source. */
    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            back of the shoulder  | back-of-shoulder   | deltoid levator-scapulae teres-major teres-minor subscapularis \
            | T&S upper back, shoulder and arm guide, back-of-shoulder pain: deltoid, levator scapulae, (scaleni, \
            supraspinatus), teres major, teres minor, subscapularis
            front of the shoulder | front-of-shoulder  | infraspinatus deltoid pectoralis-major pectoralis-minor \
            | T&S upper back, shoulder and arm guide, front-of-shoulder pain: infraspinatus, deltoid, (scaleni, \
            supraspinatus), pectoralis major, pectoralis minor
            back of the arm       | back-of-upper-arm  | scalenes triceps-brachii deltoid subscapularis teres-major \
            | T&S guide, back-of-arm pain, as transcribed by the Guide to Muscles: scaleni, triceps, deltoid, \
            subscapularis, (supraspinatus), teres major
            front of the arm      | front-of-upper-arm | scalenes infraspinatus biceps-brachii brachialis \
            | T&S guide, front-of-arm pain, as transcribed by the Guide to Muscles: scaleni, infraspinatus, \
            biceps brachii, brachialis
            inner elbow           | inner-elbow        | triceps-brachii pectoralis-major pectoralis-minor \
            | T&S elbow-to-finger guide, medial epicondylar pain: triceps, pectoralis major, pectoralis minor
            wrist                 | wrist              | subscapularis \
            | T&S elbow-to-finger guide, dorsal wrist and hand pain: (forearm extensors), subscapularis
            little finger         | ring-little-finger | latissimus-dorsi pectoralis-major pectoralis-minor \
            serratus-posterior-superior | T&S elbow-to-finger guide, finger pain (unchecked): (forearm flexors, hand \
            muscles), latissimus dorsi, pectoralis major, pectoralis minor, serratus posterior superior
            """)
    void theGuidesFirstPlacesLeadInOrder(String said, String region, String leadingIds, String source) {
        List<String> leading = List.of(leadingIds.trim().split("\\s+"));
        PainLookup.Result result = lookUp(said, region);
        List<String> ranked = ids(result.candidates());
        assertEquals(leading, ranked.subList(0, Math.min(leading.size(), ranked.size())), source);
        for (int i = 0; i < leading.size(); i++) {
            assertEquals(i + 1, result.candidates().get(i).guidePlaces().get(0).place(), source);
        }
        assertTrue(result.regionsWithoutGuide().isEmpty(), region + " has a guide");
    }

    /** What the patient says, the region, the muscles with an essential zone there, and their T&S chapters. */
    static Stream<Arguments> unguided() {
        return Stream.of(
                Arguments.of("chest", "chest",
                        Set.of("sternocleidomastoid-sternal", "scalenes", "pectoralis-major", "sternalis"),
                        "T&S ch. 7 (sternal SCM: over the sternum), ch. 20 (scaleni: the upper chest), ch. 42 "
                                + "(pectoralis major), ch. 44 (sternalis)"),
                Arguments.of("shoulder blade", "medial-scapular-border",
                        Set.of("lower-trapezius", "scalenes", "infraspinatus", "latissimus-dorsi", "rhomboids",
                                "serratus-anterior"),
                        "T&S ch. 6 (lower trapezius), ch. 20 (scaleni), ch. 22 (infraspinatus TrP3), ch. 24 "
                                + "(latissimus dorsi), ch. 27 (rhomboids), ch. 46 (serratus anterior)"),
                Arguments.of("side of the chest", "side-of-chest", Set.of("serratus-anterior"),
                        "T&S ch. 46 (serratus anterior: the side of the chest at the mid-axillary line)"));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("unguided")
    void withoutAGuideTheEssentialZonesLead(String said, String region, Set<String> essential, String source) {
        PainLookup.Result result = lookUp(said, region);
        assertEquals(List.of(region), result.regionsWithoutGuide(), "the lookup says there is no guide");
        List<PainLookup.Candidate> leaders = result.candidates().subList(0, essential.size());
        assertEquals(essential, leaders.stream().map(PainLookup.Candidate::id).collect(Collectors.toSet()), source);
        leaders.forEach(c -> assertEquals(1, c.essentialRegions(), c.id() + ": " + source));
        result.candidates().subList(essential.size(), result.candidates().size())
                .forEach(c -> assertEquals(0, c.essentialRegions(), c.id() + " is spillover only"));
    }

    @Test
    void theArmpitAnswersWithTheTriggerPointsThatLieThere() {
        PainLookup.Result result = lookUp("armpit", "armpit");
        assertEquals(List.of(), result.candidates(), "no T&S pattern refers into the armpit");
        assertEquals("latissimus-dorsi", result.sites().get(0).id(), "T&S ch. 24: the posterior axillary fold");
    }

    @Test
    void theFrontOfTheArmFollowsTheTranscribedGuideAndItsChestMusclesComeAfter() {
        // Guide to Muscles, "Arm pain, upper arm, anterior": scaleni, infraspinatus, biceps, brachialis, (triceps,
        // supraspinatus, deltoid: no zone there), sternalis, (scalenus minimus: not in the atlas), subclavius.
        // It lists neither pectoral nor the serratus anterior there; their spillover ranks after the guide's six.
        PainGuide guide = atlas.painGuide("front-of-upper-arm").orElseThrow();
        assertEquals(List.of("scalenes", "infraspinatus", "biceps-brachii", "brachialis", "sternalis", "subclavius"),
                guide.order());
        assertTrue(guide.sources().stream().anyMatch(s -> s.source().equals("guide-to-muscles-pain")),
                "the guide cites the transcription it was checked against");
        List<PainLookup.Candidate> ranked = lookup.lookUp(List.of("front-of-upper-arm"), Side.RIGHT).candidates();
        List<String> after = ids(ranked.subList(guide.order().size(), ranked.size()));
        assertTrue(after.containsAll(List.of("pectoralis-major", "pectoralis-minor", "serratus-anterior")),
                after.toString());
        ranked.subList(guide.order().size(), ranked.size())
                .forEach(c -> assertTrue(c.guidePlaces().isEmpty(), c.id() + " has no place in the guide"));
    }
}
