package org.referralatlas.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.PainRegion;
import org.referralatlas.model.Side;

/**
 * Well-known cases pinned against the bundled atlas. "T&amp;S" is Simons, Travell &amp; Simons,
 * Myofascial Pain and Dysfunction: The Trigger Point Manual, vol. 1, 2nd ed., 1999: the pain guides
 * that open Part 1 (head and neck pain) and Part 2 (upper back, shoulder and arm pain), which list
 * for each area the muscles that refer pain there, and the referral figure of each muscle's chapter.
 */
class ClinicalLookupTest {
    private static Atlas atlas;
    private static PainLookup lookup;

    @BeforeAll
    static void load() {
        atlas = new AtlasLoader().loadBundled().atlas();
        lookup = new PainLookup(atlas);
    }

    /** region, muscles the reference lists there, the subset whose essential zone is there, source. */
    static List<Arguments> cases() {
        return List.of(
                Arguments.of("temple", Set.of("upper-trapezius", "sternocleidomastoid-sternal", "temporalis",
                        "splenius-cervicis", "rectus-capitis-posterior-major", "semispinalis-capitis"),
                        Set.of("upper-trapezius", "temporalis"),
                        "T&S pain guide, temporal headache; ch. 6 (trapezius TrP1), ch. 9 (temporalis)"),
                Arguments.of("forehead", Set.of("sternocleidomastoid-clavicular", "sternocleidomastoid-sternal",
                        "semispinalis-capitis", "frontalis", "zygomaticus-major"),
                        Set.of("sternocleidomastoid-clavicular", "frontalis"),
                        "T&S pain guide, frontal headache; ch. 7 (SCM clavicular division), ch. 14 (frontalis)"),
                Arguments.of("vertex", Set.of("sternocleidomastoid-sternal", "splenius-capitis"),
                        Set.of("splenius-capitis"),
                        "T&S pain guide, vertex headache; ch. 15 (splenius capitis)"),
                Arguments.of("behind-the-eye", Set.of("sternocleidomastoid-sternal", "temporalis", "splenius-cervicis",
                        "occipitalis", "obliquus-capitis-inferior"),
                        Set.of("sternocleidomastoid-sternal", "splenius-cervicis"),
                        "T&S pain guide, eye pain; ch. 7 (SCM sternal), ch. 15 (splenius cervicis)"),
                Arguments.of("ear", Set.of("masseter-deep", "sternocleidomastoid-clavicular", "medial-pterygoid"),
                        Set.of("masseter-deep"),
                        "T&S pain guide, ear pain; ch. 8 (deep masseter)"),
                Arguments.of("tmj", Set.of("lateral-pterygoid", "medial-pterygoid", "masseter-deep"),
                        Set.of("lateral-pterygoid"),
                        "T&S pain guide, TMJ pain; ch. 11 (lateral pterygoid)"),
                Arguments.of("upper-teeth", Set.of("temporalis", "masseter-superficial"),
                        Set.of("temporalis", "masseter-superficial"),
                        "T&S pain guide, toothache; ch. 8 (masseter), ch. 9 (temporalis)"),
                Arguments.of("lower-teeth", Set.of("masseter-superficial", "digastric-anterior"),
                        Set.of("masseter-superficial", "digastric-anterior"),
                        "T&S pain guide, toothache; ch. 8 (masseter), ch. 12 (digastric)"),
                Arguments.of("top-of-shoulder", Set.of("levator-scapulae", "supraspinatus", "upper-trapezius"),
                        Set.of("levator-scapulae"),
                        "T&S pain guide, upper back and shoulder; ch. 19 (levator scapulae)"),
                Arguments.of("medial-scapular-border", Set.of("rhomboids", "levator-scapulae", "middle-trapezius",
                        "anterior-scalene", "middle-scalene", "posterior-scalene"),
                        Set.of("rhomboids"),
                        "T&S pain guide, upper back; ch. 27 (rhomboids), ch. 19, ch. 20 (scalenes)"),
                Arguments.of("back-of-neck", Set.of("upper-trapezius", "cervical-multifidi", "splenius-cervicis",
                        "infraspinatus"),
                        Set.of("upper-trapezius", "cervical-multifidi"),
                        "T&S pain guide, back of the neck; ch. 6, ch. 16 (posterior cervical muscles)"),
                Arguments.of("back-of-shoulder", Set.of("deltoid", "teres-major", "levator-scapulae"),
                        Set.of("deltoid", "teres-major"),
                        "T&S pain guide, posterior shoulder pain; ch. 28 (deltoid), ch. 25 (teres major)"),
                Arguments.of("back-of-upper-arm", Set.of("anterior-scalene", "middle-scalene", "posterior-scalene",
                        "teres-major", "deltoid"),
                        Set.of("anterior-scalene", "middle-scalene", "posterior-scalene", "teres-major"),
                        "T&S pain guide, posterior arm pain; ch. 20 (scalenes), ch. 25 (teres major)"),
                Arguments.of("front-of-upper-arm", Set.of("anterior-scalene", "middle-scalene", "posterior-scalene",
                        "infraspinatus", "pectoralis-minor"),
                        Set.of("anterior-scalene", "middle-scalene", "posterior-scalene"),
                        "T&S pain guide, anterior arm pain; ch. 20 (scalenes), ch. 22 (infraspinatus)"),
                Arguments.of("chest", Set.of("pectoralis-major", "sternalis", "pectoralis-minor", "subclavius",
                        "anterior-scalene"),
                        Set.of("pectoralis-major", "sternalis"),
                        "T&S pain guide, chest pain; ch. 42 (pectoralis major, subclavius), ch. 44 (sternalis)"),
                Arguments.of("side-of-chest", Set.of("serratus-anterior"), Set.of("serratus-anterior"),
                        "T&S pain guide, lateral chest pain; ch. 46 (serratus anterior)"),
                Arguments.of("scapula", Set.of("latissimus-dorsi", "subscapularis", "biceps-brachii"),
                        Set.of("latissimus-dorsi"),
                        "T&S pain guide, mid-back and scapular pain; ch. 24 (latissimus dorsi), ch. 26 (subscapularis), "
                                + "ch. 30 (biceps, suprascapular spillover)"));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("cases")
    void theReferencesMusclesAreCandidatesWithTheirEssentialZonesFirst(String region, Set<String> listed,
                                                                        Set<String> essential, String source) {
        List<PainLookup.Candidate> candidates = lookup.lookUp(List.of(region), Side.RIGHT).candidates();
        Set<String> found = candidates.stream().flatMap(c -> c.members().stream()).map(x -> x.id())
                .collect(Collectors.toSet());
        assertTrue(found.containsAll(listed), region + ": missing " + listed.stream()
                .filter(m -> !found.contains(m)).toList() + " (" + source + ")");
        for (String m : essential) {
            PainLookup.Candidate c = candidates.stream()
                    .filter(x -> x.members().stream().anyMatch(y -> y.id().equals(m))).findFirst().orElseThrow();
            assertTrue(c.reasons().stream().anyMatch(r -> r.muscle().equals(m) && r.region().equals(region)
                    && r.zone() == org.referralatlas.model.ZoneKind.ESSENTIAL),
                    m + " should refer to " + region + " as essential");
        }
    }

    /**
     * For every region, scores never rise down the list; every region has a candidate muscle, or (the armpit,
     * where no Travell &amp; Simons pattern refers) trigger points that lie in it.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("regions")
    void everyRegionListsEssentialBeforeSpillover(String region) {
        PainLookup.Result result = lookup.lookUp(List.of(region), Side.RIGHT);
        List<Double> scores = result.candidates().stream().map(PainLookup.Candidate::score).toList();
        assertTrue(!scores.isEmpty() || !result.sites().isEmpty(), region + " has no candidate muscle");
        for (int i = 1; i < scores.size(); i++) {
            assertTrue(scores.get(i - 1) >= scores.get(i), region + ": " + scores);
        }
    }

    static List<String> regions() {
        return new AtlasLoader().loadBundled().atlas().regions().stream().map(PainRegion::id).toList();
    }
}
