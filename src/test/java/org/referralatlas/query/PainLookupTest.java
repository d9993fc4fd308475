package org.referralatlas.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.referralatlas.TestAtlases;
import org.referralatlas.model.Side;
import org.referralatlas.model.ZoneKind;

class PainLookupTest {
    private final PainLookup lookup = new PainLookup(TestAtlases.mini());

    private List<String> ranked(List<String> regions) {
        return lookup.lookUp(regions, Side.RIGHT).candidates().stream().map(c -> c.muscle().id()).toList();
    }

    @Test
    void essentialRanksAboveSpilloverForOneRegion() {
        // forehead: essential for the SCM sternal division, spillover for temporalis.
        PainLookup.Result result = lookup.lookUp(List.of("forehead"), Side.RIGHT);
        assertEquals(List.of("sternocleidomastoid-sternal", "temporalis"),
                result.candidates().stream().map(c -> c.muscle().id()).toList());
        // The mini atlas has no pain guide: the credit is half the zone weight (ClinicalScore).
        assertEquals(0.5, result.candidates().get(0).score());
        assertEquals(0.25, result.candidates().get(1).score());
        assertEquals(List.of("forehead"), result.regionsWithoutGuide());
    }

    @Test
    void occiputPutsTheEssentialSuboccipitalsBeforeTheSpilloverTrapezius() {
        assertEquals(List.of("suboccipitals", "upper-trapezius"), ranked(List.of("occiput")));
    }

    @Test
    void aMuscleExplainingMoreOfTheChosenRegionsRanksHigher() {
        // Only the suboccipital pattern covers both the temple and behind the eye.
        List<String> ranked = ranked(List.of("temple", "behind-the-eye"));
        assertEquals("suboccipitals", ranked.get(0));
        assertEquals(4, ranked.size());
    }

    @Test
    void reasonsNameTheTriggerPointZoneAndRegion() {
        PainLookup.Candidate temporalis = lookup.lookUp(List.of("temple", "forehead"), Side.BOTH).candidates()
                .stream().filter(c -> c.muscle().id().equals("temporalis")).findFirst().orElseThrow();
        assertEquals(List.of(new PainLookup.Reason("temple", ZoneKind.ESSENTIAL, "temporalis-tp1", "TrP1", "temporalis"),
                new PainLookup.Reason("forehead", ZoneKind.SPILLOVER, "temporalis-tp1", "TrP1", "temporalis")),
                temporalis.reasons());
        // Two of two regions explained, mean credit (½ + ¼) / 2: score = (2 − 1 + 0.375) / 2.
        assertEquals(0.6875, temporalis.score(), 1e-9);
        assertEquals(1, temporalis.essentialRegions());
        assertEquals(2, temporalis.regionsExplained());
    }

    @Test
    void withoutAGuideTiesKeepTheAtlasOrderNotTheAlphabet() {
        // Three muscles refer to the temple as essential and the mini atlas has no guide: equal scores,
        // in the order of the atlas files (upper trapezius is listed before suboccipitals there).
        List<String> atlasOrder = TestAtlases.mini().muscles().stream().map(m -> m.id())
                .filter(List.of("suboccipitals", "temporalis", "upper-trapezius")::contains).toList();
        assertEquals(atlasOrder, ranked(List.of("temple")));
        assertEquals(List.of("temple"), lookup.lookUp(List.of("temple"), Side.RIGHT).regionsWithoutGuide());
    }

    @Test
    void aRegionNoMuscleRefersToGivesNoCandidates() {
        assertTrue(ranked(List.of("no-such-region")).isEmpty());
    }

    @Test
    void theQueryIsEchoed() {
        PainLookup.Result result = lookup.lookUp(List.of("temple", "temple", "occiput"), Side.LEFT);
        assertEquals(List.of("temple", "occiput"), result.regions());
        assertEquals(Side.LEFT, result.side());
    }
}
