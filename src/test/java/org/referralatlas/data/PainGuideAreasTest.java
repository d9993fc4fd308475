package org.referralatlas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.referralatlas.TestAtlases;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.PainGuide;

/**
 * A published guide is named by the area Travell &amp; Simons give it, so a student can find it in the book.
 * The names are those of the only list of the Vol. 1 guide areas found (bibliography
 * {@code tns-guide-area-names}; search log in atlas-data/docs/pain-guide-sources.md), which gives no
 * muscles. It has no "radial finger" or "ulnar finger" area, which the atlas used to name.
 */
class PainGuideAreasTest {
    private static final Atlas atlas = TestAtlases.bundled();

    /** The Vol. 1 areas of the list: head and neck, upper back to arm, elbow to finger, chest. */
    private static final Set<String> TRAVELL_SIMONS_AREAS = Set.of(
            "vertex pain", "frontal headache", "temporal headache", "eye and eyebrow pain", "cheek and jaw pain",
            "toothache", "ear and temporomandibular joint pain", "back-of-head pain",
            "throat and front-of-neck pain", "back-of-neck pain",
            "front-of-shoulder pain", "front-of-arm pain", "upper-thoracic back pain", "back-of-shoulder pain",
            "mid-thoracic back pain", "back-of-arm pain",
            "medial epicondylar pain", "olecranon pain", "lateral epicondylar pain", "ulnar forearm pain",
            "dorsal forearm pain", "radial forearm pain", "dorsal wrist and hand pain",
            "base-of-thumb and radial hand pain", "dorsal finger pain", "antecubital pain", "volar forearm pain",
            "volar wrist and palmar pain", "volar finger pain",
            "front-of-chest pain", "side-of-chest pain");

    /** An area is one T&amp;S area, or two joined by " and " where the atlas's region spans both. */
    private static boolean isTravellSimonsArea(String area) {
        String name = area.toLowerCase(Locale.ROOT);
        return TRAVELL_SIMONS_AREAS.contains(name)
                || Arrays.stream(name.split(" and (?=\\S+ finger pain)")).allMatch(TRAVELL_SIMONS_AREAS::contains);
    }

    @Test
    void everyPublishedGuideIsNamedAsTravellAndSimonsNameItsArea() {
        List<String> misnamed = atlas.painGuides().stream()
                .filter(g -> !g.derived() && !isTravellSimonsArea(g.area()))
                .map(g -> g.region() + ": " + g.area())
                .toList();
        assertEquals(List.of(), misnamed);
    }

    @Test
    void theFingerGuidesAreNoLongerNamedForAreasTravellAndSimonsDoNotHave() {
        assertEquals("Base-of-thumb and radial hand pain", atlas.painGuide("thumb-index-finger").orElseThrow().area());
        assertEquals("Dorsal finger pain and volar finger pain",
                atlas.painGuide("ring-little-finger").orElseThrow().area());
        assertFalse(isTravellSimonsArea("Ulnar finger pain"), "the check itself rejects the old name");
        assertFalse(isTravellSimonsArea("Radial finger and thumb pain"), "the check itself rejects the old name");
    }

    @Test
    void aGuideRenamedFromTheListCitesIt() {
        Set<String> citing = atlas.painGuides().stream()
                .filter(g -> g.sources().stream().anyMatch(s -> s.source().equals("tns-guide-area-names")))
                .map(PainGuide::region)
                .collect(Collectors.toSet());
        assertEquals(Set.of("vertex", "occiput", "tmj", "ear", "wrist", "back-of-hand", "thumb-index-finger",
                "ring-little-finger"), citing);
        assertTrue(atlas.source("tns-guide-area-names").isPresent(), "the list is in the bibliography");
    }
}
