package org.referralatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Patients read region names without the clinical term the therapist's view adds in brackets. */
class PainRegionTest {
    private static PainRegion named(String name) {
        return new PainRegion("r", name, List.of(), Laterality.BILATERAL, "head", Map.of());
    }

    @Test
    void plainNameDropsTheBracketedClinicalTerm() {
        assertEquals("Back of the head", named("Back of the head (occiput)").plainName());
        assertEquals("Jaw joint", named("Jaw joint (TMJ)").plainName());
        assertEquals("Temple", named("Temple").plainName());
        assertEquals("(vertex)", named("(vertex)").plainName(), "never an empty name");
        assertEquals("Side (left) of the nose", named("Side (left) of the nose").plainName(),
                "only a trailing bracket is a clinical term");
    }
}
