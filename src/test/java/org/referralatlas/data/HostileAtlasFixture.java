package org.referralatlas.data;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.referralatlas.TestAtlases;

/**
 * What the hostile-atlas tests share: the corpus base atlas ({@code malformed/_base}) copied into a
 * temp folder for a test to alter, a secret file beside it that the loader must never read, and a
 * load that asserts the loader's contract (located one-line problems, never an exception).
 * The line:column values in the tests are positions in those base files.
 */
@Timeout(30)
abstract class HostileAtlasFixture {
    /** Generous enough for the base atlas (largest file about 1.6 kB, nesting 10 levels, 8 path points). */
    static final Limits SMALL = new Limits(8192, 20, 16, 1000, 50);
    /** Written outside the atlas; a loader that read it would report broken JSON mentioning it. */
    private static final String SECRET = "{ \"secret-marker-outside\": ";

    @TempDir
    Path temp;
    Path atlas;
    Path outside;

    @BeforeEach
    void copyBase() throws IOException {
        atlas = temp.resolve("atlas");
        outside = temp.resolve("outside");
        Files.createDirectories(outside);
        TestAtlases.copyTree(MalformedAtlasCorpusTest.corpus().resolve("_base"), atlas);
        Files.writeString(outside.resolve("secret.json"), SECRET);
        Files.writeString(temp.resolve("outside.json"), SECRET);
    }

    /** Replaces {@code from} (which must be there) by {@code to} in an atlas file. */
    void edit(String file, String from, String to) throws IOException {
        Path path = atlas.resolve(file);
        String text = Files.readString(path);
        assertTrue(text.contains(from), from);
        Files.writeString(path, text.replace(from, to));
    }

    void editManifest(String from, String to) throws IOException {
        edit("atlas.json", from, to);
    }

    AtlasLoader.Result load(Limits limits) {
        AtlasLoader.Result result = assertDoesNotThrow(() -> new AtlasLoader(limits).load(atlas));
        for (AtlasProblem p : result.problems()) {
            String line = p.format();
            assertFalse(line.contains("\n") || line.contains("\r"), "problem spans lines: " + line);
            assertFalse(line.contains("secret-marker-outside"), "a file outside the atlas was read: " + line);
            assertFalse(line.contains("Exception"), line);
        }
        return result;
    }

    static List<String> lines(AtlasLoader.Result result) {
        return result.problems().stream().map(AtlasProblem::format).toList();
    }

    /** The atlas loads with exactly these problems, in order, and (with any) gives no atlas. */
    void assertProblems(Limits limits, String... expected) {
        AtlasLoader.Result result = load(limits);
        assertEquals(String.join("\n", expected), String.join("\n", lines(result)));
        if (expected.length > 0) {
            assertNull(result.atlas());
        }
    }

    /** The single problem the atlas loads with, matched against a pattern (where a column may vary). */
    String onlyProblem(Limits limits) {
        List<String> lines = lines(load(limits));
        assertEquals(1, lines.size(), lines.toString());
        return lines.get(0);
    }
}
