package org.referralatlas.lesson;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Path;

/** Saves and opens lessons as JSON. */
public final class LessonFile {
    private LessonFile() {
    }

    public static void save(Lesson lesson, Path file) throws IOException {
        JsonFiles.writeAtomically(file, lesson);
    }

    /** Opens a lesson; a broken file gives an IOException whose message says where and what. */
    public static Lesson open(Path file) throws IOException {
        try {
            return JsonFiles.read(file, Lesson.class);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new IOException(file.getFileName() + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                    + ": not a lesson file (" + e.getOriginalMessage().lines().findFirst().orElse("") + ")", e);
        }
    }
}
