package org.referralatlas.data;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Muscle;

/** A patient text that mentions a warning sign ends with a plain "see a doctor if ..." sentence. */
class PatientTextWarningTest {
    private static final Pattern WARNING_SIGN = Pattern.compile(
            "watery|red eye|dizz|unsteady|ringing|tingling|chest|swallow|stuffy ear", Pattern.CASE_INSENSITIVE);

    @Test
    void patientTextsThatMentionAWarningSignSayWhenToSeeADoctor() {
        Atlas atlas = new AtlasLoader().loadBundled().atlas();
        List<Muscle> warned = atlas.muscles().stream().filter(m -> WARNING_SIGN.matcher(m.patientSummary()).find())
                .toList();
        assertFalse(warned.isEmpty(), "the pattern finds the texts it is meant for");
        for (Muscle m : warned) {
            String text = m.patientSummary();
            String last = text.substring(text.lastIndexOf(". ", text.length() - 2) + 2);
            assertTrue(last.matches("See a (dentist or )?doctor (first )?if .+\\."), m.id() + ": " + last);
        }
    }
}
