package org.referralatlas.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void whetherTheTeacherPickedTheViewIsSavedAndReopened(@TempDir Path dir) throws IOException {
        Lesson mixed = new Lesson("Views", List.of(
                new Lesson.Step("temporalis", "lateral", "right", null, null, false),
                new Lesson.Step("temporalis", "posterior", "left", null, null, true)));
        Path file = dir.resolve("views.lesson.json");
        LessonFile.save(mixed, file);
        assertTrue(Files.readString(file).contains("\"viewPicked\" : true"), Files.readString(file));
        Lesson reopened = LessonFile.open(file);
        assertEquals(mixed, reopened);
        assertFalse(reopened.steps().get(0).viewPicked());
        assertTrue(reopened.steps().get(1).viewPicked());
    }

    @Test
    void aLessonWrittenBeforeViewsCouldBePickedStillOpens(@TempDir Path dir) throws IOException {
        // The format of the first lesson files: no viewPicked; the view was whatever was on screen.
        Path file = dir.resolve("old.lesson.json");
        Files.writeString(file, """
                {
                  "title" : "Headaches",
                  "steps" : [ {
                    "muscle" : "temporalis",
                    "view" : "posterior",
                    "side" : "right",
                    "compareWith" : null,
                    "note" : "Temple pain"
                  }, {
                    "muscle" : "upper-trapezius",
                    "side" : "left"
                  } ]
                }
                """);
        Lesson old = LessonFile.open(file);
        assertEquals(2, old.steps().size());
        Lesson.Step first = old.steps().get(0);
        assertEquals("temporalis", first.muscle());
        assertEquals("posterior", first.view());
        assertEquals("Temple pain", first.note());
        assertFalse(first.viewPicked(), "a view merely on screen when the step was added is not a pick");
        assertFalse(old.steps().get(1).viewPicked());
        assertEquals(null, old.steps().get(1).view());
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
