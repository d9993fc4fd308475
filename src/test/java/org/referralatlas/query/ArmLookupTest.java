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
 * What a patient says about the arm ("little finger", "inner elbow") resolves to the finer arm regions,
 * and the lookup leads with the muscles the Travell & Simons pain guides list there: the Upper Back,
 * Shoulder and Arm guide for the upper arm, the Elbow-to-Finger guide below the elbow (Vol. 1, 2nd ed.).
 */
class ArmLookupTest {
    private static Atlas atlas;
    private static Resolver resolver;
    private static PainLookup lookup;

    @BeforeAll
    static void load() {
        atlas = TestAtlases.bundled();
        resolver = new Resolver(atlas, new AtlasSearch(atlas));
        lookup = new PainLookup(atlas);
    }

    static Stream<Arguments> phrases() {
        return Stream.of(
                Arguments.of("wrist", "wrist", List.of("subscapularis"),
                        "T&S elbow-to-finger guide, dorsal wrist and hand pain: ... subscapularis (after the forearm "
                                + "extensors)"),
                Arguments.of("little finger", "ring-little-finger",
                        List.of("latissimus-dorsi", "pectoralis-major", "pectoralis-minor"),
                        "T&S elbow-to-finger guide, finger pain (unchecked): ... latissimus dorsi, pectoralis major, "
                                + "pectoralis minor"),
                Arguments.of("inner elbow", "inner-elbow",
                        List.of("triceps-brachii", "pectoralis-major", "pectoralis-minor"),
                        "T&S elbow-to-finger guide, medial epicondylar pain: triceps, pectoralis major, pectoralis minor"),
                Arguments.of("outer elbow", "outer-elbow", List.of("triceps-brachii", "supraspinatus", "anconeus"),
                        "T&S elbow-to-finger guide, lateral epicondylar pain: ... triceps, supraspinatus, ... anconeus"),
                Arguments.of("thumb", "thumb-index-finger", List.of("scalenes"),
                        "T&S elbow-to-finger guide, base-of-thumb and radial hand pain: ... scaleni (T&S Fig. 20.1)"),
                Arguments.of("back of the arm", "back-of-upper-arm",
                        List.of("scalenes", "triceps-brachii", "deltoid"),
                        "T&S upper back, shoulder and arm guide, back-of-arm pain: scaleni, triceps, deltoid"),
                Arguments.of("front of the arm", "front-of-upper-arm",
                        List.of("scalenes", "infraspinatus", "biceps-brachii"),
                        "T&S upper back, shoulder and arm guide, front-of-arm pain: scaleni, infraspinatus, biceps"));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("phrases")
    void aPatientsWordsFindTheRegionAndItsGuidesLeadingMuscles(String said, String region, List<String> leading,
                                                              String source) {
        Resolver.Resolution r = resolver.region(said);
        assertEquals(region, r.id(), () -> said + ": " + r.problem());
        List<String> ranked = lookup.lookUp(List.of(region), Side.RIGHT).candidates().stream()
                .map(PainLookup.Candidate::id).toList();
        assertEquals(leading, ranked.subList(0, Math.min(leading.size(), ranked.size())), source);
    }

    @Test
    void theOldElbowAndForearmRegionStillResolves() {
        // progress, decks and lookups saved before the arm was split name "elbow-forearm"
        assertEquals("outer-elbow", resolver.region("elbow-forearm").id());
        assertEquals("outer-elbow", atlas.currentRegionId("elbow-forearm"));
        assertEquals("outer-elbow", atlas.region("elbow-forearm").orElseThrow().id());
        assertEquals("temple", atlas.currentRegionId("temple"));
        assertTrue(atlas.region("no-such-region").isEmpty());
    }

    @Test
    void studyProgressSavedForTheOldRegionMovesToItsSuccessor() {
        var state = new org.referralatlas.study.ReviewState(2.5, 1, 1, java.time.LocalDate.of(2026, 1, 1));
        var saved = new org.referralatlas.study.CardProgress(state, List.of());
        var old = new org.referralatlas.study.Progress(java.util.Map.of("region-muscles:elbow-forearm", saved,
                "region-muscles:temple", saved, "mark-zones:temporalis", saved));
        var now = old.withCurrentRegionIds(atlas);
        assertEquals(java.util.Set.of("region-muscles:outer-elbow", "region-muscles:temple", "mark-zones:temporalis"),
                now.cards().keySet());
        assertEquals(saved, now.cards().get("region-muscles:outer-elbow"));
    }
}
