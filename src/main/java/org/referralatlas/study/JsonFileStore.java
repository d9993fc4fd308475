package org.referralatlas.study;

import org.referralatlas.io.AtomicFiles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.referralatlas.io.StrictUtf8;
import org.referralatlas.io.BoundedFiles;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One JSON file of the user's data directory, read and written whole.
 *
 * <ul>
 *   <li>Saving is atomic ({@link AtomicFiles}).</li>
 *   <li>A file that cannot be parsed, or that parses into invalid values, is renamed to
 *   {@code <name>.corrupt-<UTC timestamp>.json} beside it, and loading reports one line saying so
 *   and starts from the empty value: the student keeps studying and nothing is lost silently.</li>
 *   <li>A file that exists but cannot be read (permissions, I/O) is left in place, loading reports
 *   it, and saving is refused for this store, so the empty value never overwrites real progress.</li>
 * </ul>
 *
 * @param <J> the Jackson DTO written to the file
 * @param <T> the model value
 */
final class JsonFileStore<J, T> {

    /** Writes the DTO; a seam so tests can fail half-way through a save. */
    @FunctionalInterface
    interface Encoder<J> {
        void write(OutputStream out, J dto) throws IOException;
    }

    /** What loading found: the value (empty when missing or set aside) and a message, if any. */
    record Loaded<T>(T value, Optional<String> message) {
    }

    /**
     * Made at the first read or save (off the JavaFX thread), not when the app makes its stores on the
     * JavaFX thread at start-up: a mapper is some hundreds of classes, a date pattern some dozens.
     */
    private static final class Json {
        static final DateTimeFormatter STAMP =
                DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
        static final ObjectMapper MAPPER = new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
                .configure(SerializationFeature.INDENT_OUTPUT, true);
    }

    private final Path file;
    private final String what;
    private final Class<J> dtoType;
    private final Function<J, T> fromDto;
    private final Function<T, J> toDto;
    private final T empty;
    private final Clock clock;
    private final Encoder<J> encoder;
    private volatile boolean saveRefused;
    /** The {@link #stamp} of the file as last loaded or saved here; null when there was none. */
    private volatile List<Object> known;
    /** Larger files are set aside: a year of daily study is well under a megabyte. */
    static final long MAX_BYTES = 32L * 1024 * 1024;

    JsonFileStore(Path file, String what, Class<J> dtoType, Function<J, T> fromDto, Function<T, J> toDto,
                  T empty, Clock clock, Encoder<J> encoder) {
        this.file = file;
        this.what = what;
        this.dtoType = dtoType;
        this.fromDto = fromDto;
        this.toDto = toDto;
        this.empty = empty;
        this.clock = clock;
        this.encoder = encoder;
    }

    static <J> Encoder<J> jacksonEncoder() {
        return (out, dto) -> Json.MAPPER.writeValue(out, dto);
    }

    Path file() {
        return file;
    }

    Loaded<T> load() {
        removeStaleTemporaryFiles();
        byte[] bytes;
        try {
            bytes = BoundedFiles.read(file, file.toString(), MAX_BYTES);
            known = stamp();
        } catch (BoundedFiles.UnreadableException e) {
            known = null;
            return switch (e.why()) {
                case MISSING -> new Loaded<>(empty, Optional.empty());
                case NOT_A_FILE, TOO_LARGE -> setAside(e.getMessage());
                case FOLDER, UNREADABLE -> {
                    saveRefused = true;
                    yield new Loaded<>(empty, Optional.of("Could not read " + what + " from " + file + " ("
                            + e.getMessage() + "); it is left as it is and nothing will be saved this session."));
                }
            };
        }
        if (StrictUtf8.firstMalformed(bytes) >= 0) {
            return setAside("the file is not UTF-8 text");
        }
        if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            return setAside("the file is empty");
        }
        try {
            J dto = Json.MAPPER.readValue(bytes, dtoType);
            if (dto == null) {
                throw new IllegalArgumentException("the file is empty");
            }
            return new Loaded<>(fromDto.apply(dto), Optional.empty());
        } catch (JsonProcessingException | RuntimeException e) {
            return setAside(reason(e));
        } catch (IOException e) {
            return setAside(e.getMessage());
        }
    }

    /**
     * Deletes temporary files a crash left between writing and renaming. Only those older than a day:
     * a younger one may belong to a save another running instance is making right now.
     */
    private void removeStaleTemporaryFiles() {
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        Instant dayAgo = clock.instant().minus(Duration.ofDays(1));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> AtomicFiles.isTempOf(p, file)).toList()) {
                if (Files.getLastModifiedTime(p).toInstant().isBefore(dayAgo)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            // Housekeeping only: a leftover temporary file never affects what is loaded.
        }
    }

    /**
     * Saves atomically. Refused when the file changed on disk since this store last loaded or saved
     * it (another running copy of the app saved meanwhile): overwriting would silently lose that
     * copy's work, so this copy stops saving and says so.
     */
    synchronized void save(T value) throws IOException {
        if (saveRefused) {
            throw new IOException("not saving " + what + ": " + file + " could not be read when it was loaded");
        }
        if (!Objects.equals(known, stamp())) {
            saveRefused = true;
            throw new IOException("not saving " + what + ": " + file + " was changed by another copy of Referral "
                    + "Atlas since it was loaded; restart to continue from what that copy saved");
        }
        J dto = toDto.apply(value);
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFiles.write(file, out -> encoder.write(out, dto));
        known = stamp();
    }

    /** What identifies the file's current content cheaply: last-modified time and size; null when absent. */
    private List<Object> stamp() {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return List.of(a.lastModifiedTime(), a.size(), a.fileKey() == null ? "" : a.fileKey());
        } catch (IOException e) {
            return null;
        }
    }

    private Loaded<T> setAside(String reason) {
        String base = file.getFileName().toString().replaceFirst("\\.json$", "");
        String stamp = Json.STAMP.format(clock.instant());
        Path aside = file.resolveSibling(base + ".corrupt-" + stamp + ".json");
        for (int n = 2; Files.exists(aside); n++) {
            aside = file.resolveSibling(base + ".corrupt-" + stamp + "-" + n + ".json");
        }
        try {
            Files.move(file, aside);
            known = null;
        } catch (IOException e) {
            saveRefused = true;
            return new Loaded<>(empty, Optional.of("The " + what + " file " + file + " is unreadable (" + reason
                    + ") and could not be set aside; it is left as it is and nothing will be saved this session."));
        }
        return new Loaded<>(empty, Optional.of("The " + what + " file was unreadable (" + reason
                + "); it was kept as " + aside + " and " + what + " starts empty."));
    }

    /** A short, single-line reason: Jackson's own message without its location dump. */
    private static String reason(Exception e) {
        String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        message = message.lines().findFirst().orElse(message).strip();
        if (e instanceof JsonProcessingException j && j.getLocation() != null) {
            message += " at line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr();
        }
        return message.length() > 160 ? message.substring(0, 157) + "..." : message;
    }
}
