package org.referralatlas.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonFileTest {
    private final Lesson lesson = new Lesson("Headaches", List.of(
            new Lesson.Step("upper-trapezius", "posterior", "right", null, "note"),
            new Lesson.Step("temporalis", "lateral", "left", "upper-trapezius", null)));

    @Test
    void savesAndReopens(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("headaches.lesson.json");
        LessonFile.save(lesson, file);
        assertEquals(lesson, LessonFile.open(file));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temp file left behind");
        }
    }

    @Test
    void aFailedWriteLeavesThePreviousFileIntact(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("headaches.lesson.json");
        LessonFile.save(lesson, file);
        String before = Files.readString(file);
        // A value Jackson cannot serialise fails mid-write, after the temp file was created.
        assertThrows(IOException.class, () -> JsonFiles.writeAtomically(file, new Object() {
            public Object getSelf() {
                return this;
            }
        }));
        assertEquals(before, Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "the temp file was removed");
        }
    }

    @Test
    void aBrokenFileSaysWhere(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n  \"title\": \"x\",\n  \"steps\": [ {\"muscle\": } ]\n}");
        IOException e = assertThrows(IOException.class, () -> LessonFile.open(file));
        assertTrue(e.getMessage().startsWith("broken.json:3:"), e.getMessage());
    }
}
