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
        assertEquals(1.0, result.candidates().get(0).score());
        assertEquals(PainLookup.SPILLOVER_WEIGHT, result.candidates().get(1).score());
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
        assertEquals(List.of(new PainLookup.Reason("temple", ZoneKind.ESSENTIAL, "temporalis-tp1", "TrP1"),
                new PainLookup.Reason("forehead", ZoneKind.SPILLOVER, "temporalis-tp1", "TrP1")),
                temporalis.reasons());
        assertEquals(0.75, temporalis.score(), 1e-9);
        assertEquals(1, temporalis.essentialRegions());
        assertEquals(2, temporalis.regionsExplained());
    }

    @Test
    void tiesAreBrokenByName() {
        // Three muscles refer to the temple as essential: equal scores, alphabetical order.
        assertEquals(List.of("suboccipitals", "temporalis", "upper-trapezius"), ranked(List.of("temple")));
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
