package org.referralatlas.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.referralatlas.TestAtlases;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Side;

/**
 * The muscles added to finish the shoulder girdle and the deep neck take the place their sources
 * give them in the lookup. "T&S" is Simons, Travell & Simons (1999), vol. 1: the Upper Back, Shoulder
 * and Arm pain guide lists, per area, the muscles that refer there in order of likelihood; a muscle a
 * guide does not list ranks after the guide's muscles, essential before spillover.
 */
class AddedMusclesRankTest {
    private static PainLookup lookup;
    private static Atlas atlas;

    @BeforeAll
    static void load() {
        atlas = TestAtlases.bundled();
        lookup = new PainLookup(atlas);
    }

    private static List<PainLookup.Candidate> candidates(String region) {
        return lookup.lookUp(List.of(region), Side.RIGHT).candidates();
    }

    private static List<String> ranked(String region) {
        return candidates(region).stream().map(PainLookup.Candidate::id).toList();
    }

    /** Region, muscle, its 1-based rank in the lookup, its guide place (0: not in the guide), source. */
    @ParameterizedTest(name = "{0}: {1} {2}: {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            back-of-shoulder   | serratus-posterior-superior | 6 | 6 | T&S upper back, shoulder and arm guide, \
            back-of-shoulder pain: deltoid, levator scapulae, (scaleni, supraspinatus), teres major, teres minor, \
            subscapularis, serratus posterior superior, latissimus dorsi, triceps
            back-of-upper-arm  | serratus-posterior-superior | 8 | 8 | T&S upper back, shoulder and arm guide, \
            back-of-arm pain: scaleni, triceps, deltoid, subscapularis, (supraspinatus), teres major, teres minor, \
            latissimus dorsi, serratus posterior superior, coracobrachialis
            inner-elbow        | serratus-posterior-superior | 4 | 4 | T&S elbow-to-finger guide, medial \
            epicondylar pain: triceps, pectoralis major, pectoralis minor, (serratus anterior), serratus posterior superior
            ring-little-finger | serratus-posterior-superior | 4 | 4 | T&S elbow-to-finger guide, finger pain \
            (unchecked): (forearm flexors, hand muscles), latissimus dorsi, pectoralis major, pectoralis minor, \
            serratus posterior superior
            front-of-upper-arm | brachialis                  | 4 | 4 | T&S upper back, shoulder and arm guide, \
            front-of-arm pain: scaleni, infraspinatus, biceps, brachialis
            thumb-index-finger | brachialis                  | 2 | 2 | T&S elbow-to-finger guide, base-of-thumb \
            and radial hand pain: (supinator), scaleni, brachialis; T&S Fig. 31.1: the back of the thumb base and the \
            web, essential
            throat             | longus-colli                | 4 | 0 | not in the T&S throat guide (SCM sternal, digastric, \
            medial pterygoid); essential local zone after Minerbi et al. 2017, so first after the guide's muscles
            """)
    void theAddedMuscleTakesItsPlace(String region, String muscle, int rank, int guidePlace, String source) {
        List<PainLookup.Candidate> c = candidates(region);
        assertEquals(rank, ranked(region).indexOf(muscle) + 1, source);
        PainLookup.Candidate candidate = c.get(rank - 1);
        if (guidePlace == 0) {
            assertTrue(candidate.guidePlaces().isEmpty(), source);
        } else {
            assertEquals(guidePlace, candidate.guidePlaces().get(0).place(), source);
        }
    }

    @Test
    void theSerratusPosteriorSuperiorAcheUnderTheScapulaIsEssentialAndItsArmPatternSpillover() {
        // T&S ch. 45: a deep ache under the upper scapula; the arm, elbow, forearm and chest less constantly.
        List<String> scapula = ranked("scapula");
        List<String> essentialAtScapula = candidates("scapula").stream()
                .filter(c -> c.essentialRegions() > 0).map(PainLookup.Candidate::id).toList();
        assertTrue(essentialAtScapula.contains("serratus-posterior-superior"), scapula.toString());
        assertTrue(ranked("chest").contains("serratus-posterior-superior"));
        assertTrue(ranked("back-of-forearm").contains("serratus-posterior-superior"));
    }

    @Test
    void theBrachialisIsFoundByTheThumbItRefersTo() {
        // T&S ch. 31: the thumb is the essential zone; the front of the arm and shoulder only spillover.
        PainLookup.Candidate thumb = candidates("thumb-index-finger").stream()
                .filter(c -> c.id().equals("brachialis")).findFirst().orElseThrow();
        assertEquals(1, thumb.essentialRegions());
        PainLookup.Candidate shoulder = candidates("front-of-shoulder").stream()
                .filter(c -> c.id().equals("brachialis")).findFirst().orElseThrow();
        assertEquals(0, shoulder.essentialRegions());
    }

    @Test
    void theLongusColliReachesTheEarAndTheTempleOnlyAsSpillover() {
        // Minerbi et al. 2017: mostly local, referred to the same-side ear and lateral to the eye.
        for (String region : List.of("ear", "temple")) {
            PainLookup.Candidate lc = candidates(region).stream().filter(c -> c.id().equals("longus-colli"))
                    .findFirst().orElseThrow(() -> new AssertionError("longus colli not listed for " + region));
            assertEquals(0, lc.essentialRegions(), region);
            assertTrue(candidates(region).indexOf(lc) >= atlas.painGuide(region).orElseThrow().order().size(),
                    region + ": after the guide's muscles");
        }
    }
}
