package org.referralatlas.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.referralatlas.TestAtlases;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.RedFlag;
import org.referralatlas.model.Side;
import org.referralatlas.model.SourceRef;
import org.referralatlas.model.TriggerPoint;

/**
 * The armpit is where the trigger points of the axillary folds and of the subscapularis lie (Travell &amp;
 * Simons 1999, ch. 24, 25, 26, 42), not where a Travell &amp; Simons pattern refers: the lookup answers with
 * those trigger point sites, after and apart from the referral candidates, and with the armpit's red flags.
 */
class ArmpitLookupTest {
    private static final Atlas atlas = TestAtlases.bundled();
    private static final PainLookup lookup = new PainLookup(atlas);

    @ParameterizedTest
    @ValueSource(strings = {"armpit", "axilla", "underarm", "under the arm", "Armpit fold"})
    void whatPatientsCallTheArmpitFindsTheArmpitNotTheSideOfTheChest(String said) {
        Resolver.Resolution r = new Resolver(atlas, new AtlasSearch(atlas)).region(said);
        assertEquals("armpit", r.id(), () -> said + ": " + r.problem());
    }

    @Test
    void noTravellAndSimonsPatternRefersIntoTheArmpit() {
        // none of the shoulder chapters draws a zone in the axilla: no referral candidate may be invented
        assertEquals(List.of(), lookup.lookUp(List.of("armpit"), Side.RIGHT).candidates());
        for (Muscle m : atlas.muscles()) {
            m.triggerPoints().forEach(tp -> tp.zones().forEach(z ->
                    assertFalse(z.regions().contains("armpit"), tp.id() + " refers into the armpit")));
        }
    }

    @Test
    void theArmpitListsTheTriggerPointsThatLieInItsFoldsAndWalls() {
        List<PainLookup.Site> sites = lookup.lookUp(List.of("armpit"), Side.RIGHT).sites();
        assertEquals(List.of("latissimus-dorsi", "teres-major", "subscapularis", "pectoralis-major"),
                sites.stream().map(PainLookup.Site::id).toList(),
                "posterior fold (T&S ch. 24, 25), posterior wall reached through the axilla (ch. 26), anterior fold "
                        + "(ch. 42); atlas order");
        Map<String, List<String>> points = sites.stream().collect(Collectors.toMap(PainLookup.Site::id,
                s -> s.triggerPoints().stream().map(TriggerPoint::id).toList()));
        assertEquals(List.of("latissimus-dorsi-tp1"), points.get("latissimus-dorsi"));
        assertEquals(List.of("teres-major-tp2"), points.get("teres-major"), "the lateral trigger point, not TrP1");
        assertEquals(List.of("subscapularis-tp1", "subscapularis-tp2"), points.get("subscapularis"));
        assertEquals(List.of("pectoralis-major-tp4"), points.get("pectoralis-major"), "the lateral free margin");
        Map<String, String> chapters = Map.of("latissimus-dorsi", "24", "teres-major", "25", "subscapularis", "26",
                "pectoralis-major", "42");
        for (PainLookup.Site s : sites) {
            assertEquals(List.of("armpit"), s.regions());
            assertFalse(s.alsoRefers());
            for (TriggerPoint tp : s.triggerPoints()) {
                assertTrue(tp.location().toLowerCase().contains("axillary fold")
                        || tp.location().contains("armpit") || tp.location().contains("lateral border"), tp.location());
                SourceRef ts = tp.sources().stream().filter(r -> r.source().equals("travell-simons-1999"))
                        .findFirst().orElseThrow();
                assertEquals(chapters.get(s.id()), ts.chapter(), tp.id());
            }
            assertTrue(s.muscle().notes().stream().anyMatch(n -> n.startsWith("The armpit:")),
                    s.id() + " notes say what the source says about the armpit");
        }
    }

    @Test
    void aSiteRanksAfterAndApartFromReferralAndSaysWhenTheMuscleAlsoRefers() {
        PainLookup.Result r = lookup.lookUp(List.of("armpit", "back-of-shoulder"), Side.RIGHT);
        List<String> referring = r.candidates().stream().map(PainLookup.Candidate::id).toList();
        assertTrue(referring.containsAll(List.of("teres-major", "subscapularis", "latissimus-dorsi")), referring.toString());
        r.candidates().forEach(c -> c.reasons().forEach(reason -> assertEquals("back-of-shoulder", reason.region())));
        Map<String, Boolean> also = r.sites().stream()
                .collect(Collectors.toMap(PainLookup.Site::id, PainLookup.Site::alsoRefers));
        assertEquals(Map.of("latissimus-dorsi", true, "teres-major", true, "subscapularis", true,
                "pectoralis-major", false), also);
        // scores are the referral scores alone: a site adds nothing to a candidate's score
        double alone = lookup.lookUp(List.of("back-of-shoulder"), Side.RIGHT).candidates().stream()
                .filter(c -> c.id().equals("teres-major")).findFirst().orElseThrow().score();
        double both = r.candidates().stream().filter(c -> c.id().equals("teres-major")).findFirst().orElseThrow()
                .score();
        assertEquals(alone / 2, both, 1e-9);
    }

    @Test
    void theArmpitWarnsOfALumpOrBreastChangeAndOfTheHeartWithSources() {
        List<String> flags = atlas.redFlagsFor(List.of("armpit")).stream().map(RedFlag::id).toList();
        assertTrue(flags.containsAll(List.of("armpit-lump-breast-change", "cardiac-chest-arm-pain",
                "vascular-arm-signs", "pancoast-tumour")), flags.toString());
        RedFlag lump = atlas.redFlags().stream().filter(f -> f.id().equals("armpit-lump-breast-change"))
                .findFirst().orElseThrow();
        assertEquals(List.of("nice-ng12-2015", "nhs-breast-cancer-symptoms", "nhs-swollen-glands"),
                lump.sources().stream().map(SourceRef::source).toList());
        lump.sources().forEach(s -> assertTrue(atlas.source(s.source()).isPresent(), s.source()));
        RedFlag heart = atlas.redFlags().stream().filter(f -> f.id().equals("cardiac-chest-arm-pain"))
                .findFirst().orElseThrow();
        assertTrue(heart.description().contains("armpit") && heart.description().contains("exertion")
                && heart.description().contains("sweating"), heart.description());
        assertTrue(heart.action().contains("emergency"), heart.action());
    }

    @ParameterizedTest
    @ValueSource(strings = {"lump in my armpit", "swollen glands", "breast lump", "nipple discharge"})
    void aSymptomSearchForAnArmpitLumpWarnsFirst(String typed) {
        List<String> flags = new Lookups(atlas).redFlagsForSymptom(null, typed).stream().map(RedFlag::id).toList();
        assertTrue(flags.contains("armpit-lump-breast-change"), typed + ": " + flags);
    }
}
