package org.referralatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referralatlas.TestAtlases;
import org.referralatlas.model.PainDrawing;

/** `handout --drawing`: the pain finder's drawing handout from the command line, as the app makes it. */
class HandoutDrawingCliTest {
    private static final String MINI = TestAtlases.MINI.toString();

    @TempDir
    Path dir;

    private Path save(PainDrawing drawing) throws IOException {
        return RankDrawingCommandTest.save(dir, drawing);
    }

    @Test
    void aDrawingHandoutNamesThePaintedRegionsAndTheMusclesThatExplainIt() throws IOException {
        Path pdf = dir.resolve("drawing.pdf");
        CliTest.Run r = CliTest.run("handout", "--atlas", MINI, "--drawing", save(RankDrawingCommandTest.neck()).toString(),
                "--note", "Heat, then the ball", "--json", "--out", pdf.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("Your pain drawing", r.json().get("title").asText());
        String text = ExportCliTest.pdfText(pdf);
        assertTrue(text.contains("You marked pain in: "), text);
        assertTrue(text.contains("back of the neck"), "the neck stroke names its region: " + text);
        assertTrue(text.contains("1. Upper trapezius"), "the drawing ranker's first muscle leads: " + text);
        assertTrue(text.contains("Heat, then the ball"), text);
    }

    @Test
    void withRegionsTheHandoutIsAboutThoseRegionsWithTheDrawingOnTheFigure() throws IOException {
        Path pdf = dir.resolve("regions.pdf");
        CliTest.Run r = CliTest.run("handout", "--atlas", MINI, "--regions", "temple", "--drawing",
                save(RankDrawingCommandTest.neck()).toString(), "--json", "--out", pdf.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("Where it hurts: Temple", r.json().get("title").asText());
    }

    @Test
    void aBlankDrawingFailsWithOneLineAndWritesNothing() throws IOException {
        Path drawing = save(new PainDrawing(LocalDate.of(2026, 12, 3), "", List.of()));
        CliTest.Run r = CliTest.run("handout", "--atlas", MINI, "--drawing", drawing.toString(), "--out",
                dir.resolve("x.pdf").toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.err().contains("the drawing is blank"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(Files.exists(dir.resolve("x.pdf")));
    }

    @Test
    void aMissingDrawingFileAndAMuscleWithADrawingAreRefused() {
        CliTest.Run missing = CliTest.run("handout", "--atlas", MINI, "--drawing", dir.resolve("none.json").toString(),
                "--out", dir.resolve("x.pdf").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("drawing file not found"), missing.err());
        CliTest.Run both = CliTest.run("handout", "--atlas", MINI, "temporalis", "--drawing", "d.json", "--out", "x.pdf");
        assertEquals(2, both.code(), both.err());
    }
}
