package org.referralatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referralatlas.TestAtlases;
import org.referralatlas.data.PainDrawingStore;
import org.referralatlas.model.Intensity;
import org.referralatlas.model.PainDrawing;
import org.referralatlas.model.Point;
import org.referralatlas.model.Stroke;

class RankDrawingCommandTest {
    private static final String MINI = TestAtlases.MINI.toString();

    @TempDir
    Path dir;

    private Path save(PainDrawing drawing) throws IOException {
        return save(dir, drawing);
    }

    /** Saves a drawing as the pain finder does, as d.json in {@code dir}. */
    static Path save(Path dir, PainDrawing drawing) throws IOException {
        Path file = dir.resolve("d.json");
        PainDrawingStore.save(file, drawing);
        return file;
    }

    /** The back of the neck and the mastoid on the posterior view (the upper trapezius's essential zones), and a stray dab. */
    static PainDrawing neck() {
        return new PainDrawing(LocalDate.of(2026, 11, 23), "stiff neck", List.of())
                .withStroke("posterior", Stroke.paint(List.of(new Point(440, 200), new Point(440, 260)), 12,
                        Intensity.SEVERE))
                .withStroke("posterior", Stroke.paint(List.of(new Point(462, 184)), 6, Intensity.MODERATE))
                // A dab on the lower back, where no muscle of the mini atlas refers.
                .withStroke("posterior", Stroke.paint(List.of(new Point(400, 650)), 6, Intensity.MILD));
    }

    @Test
    void jsonListsCandidatesSharesReasonsCombinationsAndTheUnexplainedShare() throws IOException {
        CliTest.Run r = CliTest.run("rank-drawing", "--atlas", MINI, "--json", save(neck()).toString());
        assertEquals(0, r.code(), r.err());
        JsonNode json = r.json();
        assertEquals("2026-11-23", json.get("drawing").get("date").asText());
        JsonNode first = json.get("candidates").get(0);
        assertEquals("upper-trapezius", first.get("muscle").asText());
        assertEquals("right", first.get("side").asText());
        assertTrue(first.get("shareExplained").asDouble() > 0.5, first.toString());
        assertEquals("upper-trapezius-tp1", first.get("reasons").get(0).get("triggerPoint").asText());
        assertEquals("essential", first.get("reasons").get(0).get("zone").asText());
        assertTrue(json.get("combinations").isArray());
        double unexplained = json.get("unexplainedShare").asDouble();
        assertTrue(unexplained > 0 && unexplained < 0.5, "the stray dab: " + unexplained);
    }

    @Test
    void textNamesTheMuscleItsShareAndTheUnexplainedPart() throws IOException {
        CliTest.Run r = CliTest.run("rank-drawing", "--atlas", MINI, save(neck()).toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Drawing d.json of 2026-11-23: stiff neck"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith(" 1. Upper trapezius (right)") && l.contains("% of the drawing")),
                r.out());
        assertTrue(r.out().contains("Unexplained: "), r.out());
    }

    @Test
    void theReadmeExampleRunsOnTheDrawingThatShipsWithTheProject() throws IOException {
        // README: java -jar target/referral-atlas.jar rank-drawing examples/temple-and-neck.drawing.json
        CliTest.Run r = CliTest.run("rank-drawing", "examples/temple-and-neck.drawing.json", "--limit", "3");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Unexplained: "), r.out());
        assertTrue(java.nio.file.Files.readString(Path.of("README.md"))
                .contains("rank-drawing examples/temple-and-neck.drawing.json"), "the README shows this example");
    }

    @Test
    void theCommittedExampleDrawingOpensAndRanks() throws IOException {
        // The example documents the file format; if the format changes, this must change with it.
        CliTest.Run r = CliTest.run("rank-drawing", "--atlas", MINI, "--json", "src/test/resources/drawings/temple-and-neck.json");
        assertEquals(0, r.code(), r.err());
        JsonNode json = r.json();
        assertEquals("upper-trapezius", json.get("candidates").get(0).get("muscle").asText());
        assertEquals(List.of("lateral", "posterior"), List.of(json.get("drawing").get("views").get(0).asText(),
                json.get("drawing").get("views").get(1).asText()));
    }

    @Test
    void problemsExitOneWithOneLine() throws IOException {
        CliTest.Run missing = CliTest.run("rank-drawing", "--atlas", MINI, dir.resolve("none.json").toString());
        assertEquals(1, missing.code());
        assertEquals("referral-atlas: drawing file not found: " + dir.resolve("none.json") + System.lineSeparator(),
                missing.err());

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"referral-atlas-drawing\", \"version\": 7}");
        CliTest.Run r = CliTest.run("rank-drawing", "--atlas", MINI, bad.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("unsupported drawing version 7"), r.err());

        Path file = save(PainDrawing.empty(LocalDate.of(2026, 1, 1))
                .withStroke("plantar", Stroke.paint(List.of(new Point(1, 1)), 3, Intensity.MILD)));
        CliTest.Run unknownView = CliTest.run("rank-drawing", "--atlas", MINI, file.toString());
        assertEquals(1, unknownView.code());
        assertTrue(unknownView.err().contains("the atlas has no view 'plantar'"), unknownView.err());
        assertEquals(1, unknownView.err().lines().count());
    }

    @Test
    void aMissingFileArgumentIsAUsageError() {
        assertEquals(2, CliTest.run("rank-drawing", "--atlas", MINI).code());
    }
}
