package org.referralatlas.data;

import org.referralatlas.io.AtomicFiles;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referralatlas.model.Intensity;
import org.referralatlas.model.PainDrawing;
import org.referralatlas.model.Point;
import org.referralatlas.model.Side;
import org.referralatlas.model.Stroke;
import org.referralatlas.model.ViewDrawing;

class DrawingStoreTest {
    @TempDir
    Path dir;

    static PainDrawing sample() {
        return new PainDrawing(LocalDate.of(2026, 11, 23), "after a long day at the desk", List.of(
                new ViewDrawing("lateral", Side.RIGHT, List.of(
                        Stroke.paint(List.of(new Point(430, 110), new Point(450.5, 112)), 8, Intensity.SEVERE),
                        Stroke.eraser(List.of(new Point(440, 111)), 3))),
                new ViewDrawing("posterior", Side.BOTH, List.of(
                        Stroke.paint(List.of(new Point(440, 230)), 12, Intensity.MILD)))));
    }

    @Test
    void saveAndReopenGiveTheSameDrawing() throws IOException {
        Path file = dir.resolve("drawing.json");
        PainDrawingStore.save(file, sample());
        assertEquals(sample(), PainDrawingStore.open(file));
        String json = Files.readString(file);
        assertTrue(json.contains("\"format\" : \"referral-atlas-drawing\""), json);
        assertTrue(json.contains("\"date\" : \"2026-11-23\""), json);
    }

    @Test
    void savingReplacesThePreviousFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("drawing.json");
        PainDrawingStore.save(file, sample());
        PainDrawing changed = sample().withNote("a week later");
        PainDrawingStore.save(file, changed);
        assertEquals(changed, PainDrawingStore.open(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void anInterruptedWriteLeavesThePreviousFileIntact() throws IOException {
        Path file = dir.resolve("drawing.json");
        PainDrawingStore.save(file, sample());
        byte[] before = Files.readAllBytes(file);
        byte[] next = PainDrawingStore.toJson(sample().withNote("never saved"));

        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write(next, 0, next.length / 2); // half of the new content is out ...
            throw new IOException("disk full");    // ... when the write is interrupted
        }));
        assertEquals("the disk is full", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(sample(), PainDrawingStore.open(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "the temporary file is removed");
        }
    }

    @Test
    void anInterruptedFirstWriteCreatesNothing() {
        Path file = dir.resolve("new.json");
        assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write('{');
            throw new IOException("interrupted");
        }));
        assertFalse(Files.exists(file));
    }

    @Test
    void brokenFilesAreReportedInOneSentence() {
        assertProblem("{\"format\": \"something-else\", \"version\": 1}", "is not a drawing file");
        assertProblem("{\"format\": \"referral-atlas-drawing\", \"version\": 2}", "unsupported drawing version 2");
        assertProblem("{\"format\": \"referral-atlas-drawing\", \"version\": 1, \"date\": \"23/11/2026\"}",
                "date must be YYYY-MM-DD");
        assertProblem("{\"format\": \"referral-atlas-drawing\", \"version\": 1, \"views\": [{\"view\": \"lateral\", "
                + "\"strokes\": [{\"intensity\": \"agony\", \"radius\": 4, \"points\": [[1, 2]]}]}]}",
                "intensity must be mild, moderate or severe");
        assertProblem("{\"format\": \"referral-atlas-drawing\", \"version\": 1, \"views\": [{\"view\": \"lateral\", "
                + "\"strokes\": [{\"radius\": -1, \"points\": [[1, 2]]}]}]}", "radius must be");
        assertProblem("{\"format\": \"referral-atlas-drawing\", \"version\": 1, \"views\": [{\"view\": \"lateral\", "
                + "\"strokes\": [{\"radius\": 4, \"points\": [[1]]}]}]}", "a point must be [x, y]");
        assertProblem("{\"format\": \"referral-atlas-drawing\", \"version\": 1, \"views\": "
                + "[{\"view\": \"lateral\"}, {\"view\": \"lateral\"}]}", "at most one entry per view");
        assertProblem("{\"format\": \"referral-atlas-drawing\", \"version\": 1, \"colour\": \"red\"}",
                "is not a drawing file");
        assertProblem("not json", "is not a drawing file");
    }

    private static void assertProblem(String json, String expected) {
        PainDrawingStore.DrawingFileException e = assertThrows(PainDrawingStore.DrawingFileException.class,
                () -> PainDrawingStore.fromJson(json.getBytes(StandardCharsets.UTF_8), "d.json"));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }
}
