package org.referralatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.referralatlas.TestAtlases;

class CliTest {
    private static final String MINI = TestAtlases.MINI.toString();

    record Run(int code, String out, String err) {
        JsonNode json() throws IOException {
            return new ObjectMapper().readTree(out);
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void validateAcceptsAValidAtlas() {
        Run r = run("validate", MINI);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("valid (4 muscles, 7 regions, 3 views)"), r.out());
    }

    @Test
    void validateListsEveryProblemAndExitsOne(@TempDir Path dir) throws IOException {
        TestAtlases.copyTree(TestAtlases.MINI, dir);
        Path regions = dir.resolve("regions.json");
        Files.writeString(regions, Files.readString(regions).replace("\"laterality\": \"midline\"", "\"laterality\": 3")
                .replaceFirst("\"name\": \"Temple\"", "\"nmae\": \"Temple\""));
        Run r = run("validate", dir.toString());
        assertEquals(1, r.code());
        List<String> lines = r.out().lines().toList();
        assertEquals("regions.json:4:5: $.regions[0]: missing required field \"name\"", lines.get(0));
        assertEquals("regions.json:6:7: $.regions[0].nmae: unknown field \"nmae\" (did you mean \"name\"?)", lines.get(1));
        assertEquals("2 problems in " + dir, lines.get(2));
        assertEquals("", r.err());
    }

    @Test
    void validateJsonReportsProblemsAsObjects(@TempDir Path dir) throws IOException {
        Run r = run("validate", "--json", miniWith(dir, "symptoms.json", "{ \"symptoms\": [ }").toString());
        assertEquals(1, r.code());
        JsonNode json = r.json();
        assertFalse(json.get("valid").asBoolean());
        JsonNode problem = json.get("problems").get(0);
        assertEquals("symptoms.json", problem.get("file").asText());
        assertEquals(1, problem.get("line").asInt());
        assertTrue(problem.get("message").asText().startsWith("JSON syntax error"), problem.toString());
    }

    @Test
    void badUsageExitsTwo() {
        assertEquals(2, run("frobnicate").code());
        assertEquals(2, run("lookup").code());
        assertEquals(2, run("lookup", "--atlas", MINI, "--side", "up", "temple").code());
        assertEquals(2, run("validate", "a", "b").code());
    }

    @Test
    void lookupJsonHasTheDocumentedShape() throws IOException {
        Run r = run("lookup", "--atlas", MINI, "--json", "--side", "right", "temple", "behind the eye");
        assertEquals(0, r.code(), r.err());
        JsonNode json = r.json();
        assertEquals("right", json.at("/query/side").asText());
        assertEquals(List.of("temple", "behind-the-eye"), texts(json.at("/query/regions")));
        JsonNode first = json.at("/candidates/0");
        assertEquals("suboccipitals", first.get("muscle").asText());
        assertEquals("Suboccipital muscles", first.get("name").asText());
        // Both regions explained with essential zones, no guide in the mini atlas: (2 − 1 + ½) / 2.
        assertEquals(0.75, first.get("score").asDouble());
        assertEquals(List.of("temple", "behind-the-eye"), texts(json.at("/regionsWithoutGuide")));
        JsonNode reason = first.at("/reasons/0");
        assertEquals("temple", reason.get("region").asText());
        assertEquals("essential", reason.get("zone").asText());
        assertEquals("suboccipitals-tp1", reason.get("triggerPoint").asText());
    }

    @Test
    void lookupAcceptsNamesAndSynonymsAndShowsRedFlags() {
        Run r = run("lookup", "--atlas", MINI, "side of the head");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Pain in: Temple (both sides)\n"), r.out());
        assertTrue(r.out().contains("Sudden, worst-ever headache"), r.out());
    }

    @Test
    void regionsAndMusclesJsonListIdNameSynonyms() throws IOException {
        JsonNode regions = run("regions", "--atlas", MINI, "--json").json();
        assertEquals(7, regions.size());
        assertEquals("temple", regions.get(0).get("id").asText());
        assertEquals("Temple", regions.get(0).get("name").asText());
        assertTrue(texts(regions.get(0).get("synonyms")).contains("side of the head"));
        JsonNode muscles = run("muscles", "--atlas", MINI, "--json").json();
        assertEquals(4, muscles.size());
        assertTrue(texts(muscles.get(1).get("synonyms")).contains("SCM"));
    }

    @Test
    void muscleSearchSymptomAndTechniqueCommands() {
        Run muscle = run("muscle", "--atlas", MINI, "SCM");
        assertEquals(0, muscle.code(), muscle.err());
        assertTrue(muscle.out().contains("TrP1: Lower end of the sternal division"), muscle.out());
        assertTrue(muscle.out().contains("essential: Behind the eye, Forehead"), muscle.out());
        Run search = run("search", "--atlas", MINI, "traps");
        assertTrue(search.out().lines().findFirst().orElseThrow().contains("upper-trapezius"), search.out());
        Run symptom = run("symptom", "--atlas", MINI, "dizzy");
        assertTrue(symptom.out().contains("upper-trapezius") && symptom.out().contains("suboccipitals"),
                symptom.out());
        Run technique = run("technique", "--atlas", MINI, "tennis ball");
        assertTrue(technique.out().contains("suboccipitals: Two balls in a sock"), technique.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"lookup --atlas MINI nowhere", "muscle --atlas MINI gluteus",
        "validate /no/such/atlas", "muscles --atlas /no/such/atlas", "search --atlas MINI qqqq"})
    void errorsAreOneLineWithoutStackTraces(String command) {
        Run r = run(command.replace("MINI", MINI).split(" "));
        assertEquals(1, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("referral-atlas: "), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    }

    @Test
    void commandsOnABrokenAtlasPointToValidate(@TempDir Path dir) throws IOException {
        Run r = run("muscles", "--atlas", miniWith(dir, "techniques.json", "").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("run 'referral-atlas validate " + dir + "'"), r.err());
        assertTrue(r.err().contains("techniques.json:1:1: file is empty"), r.err());
    }

    private static List<String> texts(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }

    /** A copy of the mini atlas in {@code dir} with one file's text replaced. */
    private static Path miniWith(Path dir, String file, String text) throws IOException {
        TestAtlases.copyTree(TestAtlases.MINI, dir);
        Files.writeString(dir.resolve(file), text);
        return dir;
    }
}
