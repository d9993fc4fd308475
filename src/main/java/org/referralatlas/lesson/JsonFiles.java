package org.referralatlas.lesson;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.referralatlas.io.AtomicFiles;
import org.referralatlas.io.BoundedFiles;

/** Lessons as indented JSON, written atomically. */
final class JsonFiles {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonFiles() {
    }

    /** Writes {@code value} to {@code target}; a crash mid-write leaves the previous file intact. */
    static void writeAtomically(Path target, Object value) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        AtomicFiles.write(target, out -> MAPPER.writeValue(out, value));
    }

    /** A lesson is a few kilobytes; larger files, pipes and devices are refused unread ({@link BoundedFiles}). */
    static final long MAX_BYTES = 8L * 1024 * 1024;

    static <T> T read(Path source, Class<T> type) throws IOException {
        return MAPPER.readValue(BoundedFiles.read(source, source.toString(), MAX_BYTES), type);
    }
}
