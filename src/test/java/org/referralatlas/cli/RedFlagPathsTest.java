package org.referralatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.referralatlas.cli.CliTest.Run;

/** Warning signs reach their red flag on every path: `symptom` shows the flags before any muscle. */
class RedFlagPathsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "vertigo, cervical-artery-dissection",
            "drooping eyelid, cervical-artery-dissection",
            "drooping eyelid, pancoast-tumour",
            "red eye, painful-red-eye",
            "sudden hearing loss, sudden-hearing-loss",
            "hearing loss, sudden-hearing-loss",
            "double vision, neurological-deficit",
            "numbness, neurological-deficit",
            "tinnitus, sudden-hearing-loss",
            "watery eye, painful-red-eye",
            "lump in my armpit, armpit-lump-breast-change",
            "swollen glands, armpit-lump-breast-change"})
    void aWarningSignShowsItsRedFlagFirst(String typed, String flag) throws IOException {
        Run json = CliTest.run(List.of("symptom", "--json", typed).toArray(String[]::new));
        assertEquals(0, json.code(), json.err());
        List<String> ids = new ArrayList<>();
        json.json().get("redFlags").forEach(f -> ids.add(f.get("id").asText()));
        assertTrue(ids.contains(flag), typed + ": " + ids);

        Run text = CliTest.run("symptom", typed);
        assertTrue(text.out().startsWith("RED FLAGS"), text.out());
    }

    @Test
    void aWarningSignWithNoTriggerPointSymptomStillAnswers() throws IOException {
        Run r = CliTest.run("symptom", "--json", "sudden", "hearing", "loss");
        assertEquals(0, r.code(), r.err());
        JsonNode json = r.json();
        assertTrue(json.get("symptom").isNull());
        assertEquals(0, json.get("muscles").size());
    }

    @Test
    void anUnknownSymptomIsStillAnError() {
        Run r = CliTest.run("symptom", "zzzz qqqq");
        assertEquals(1, r.code());
    }

    @Test
    void headacheIsASymptomNotARegion() {
        Run r = CliTest.run("lookup", "headache");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("is a symptom, not a place"), r.err());
    }

    @Test
    void lookupShowsRedFlagsBeforeTheMuscles() {
        Run r = CliTest.run("lookup", "between the shoulder blades");
        assertEquals(0, r.code(), r.err());
        int flags = r.out().indexOf("Sudden tearing pain");
        assertTrue(flags > 0 && flags < r.out().indexOf(" 1. "), r.out());
    }
}
