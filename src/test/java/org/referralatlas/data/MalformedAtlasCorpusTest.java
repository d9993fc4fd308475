package org.referralatlas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.referralatlas.cli.Cli;

/**
 * The malformed-atlas corpus in {@code src/test/resources/malformed}: each case folder
 * {@code NN-name/} holds only the files that differ from the valid base atlas {@code _base/}, plus
 * {@code expected.txt}: a {@code #} comment line saying what is wrong, then the exact problem
 * lines the loader must report, in order. A case is run by overlaying its files on a copy of the
 * base, so adding a case means adding a folder; nothing here lists them.
 */
class MalformedAtlasCorpusTest {
    private static final String BASE = "_base";
    private static final String EXPECTED = "expected.txt";
    private static final int MIN_CASES = 45;

    /** One case: its folder, the comment describing the defect and the expected problem lines. */
    record Case(Path folder, String comment, List<String> expected) {
        @Override
        public String toString() {
            return folder.getFileName().toString();
        }
    }

    static Path corpus() {
        URL url = MalformedAtlasCorpusTest.class.getResource("/malformed");
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Case> cases() throws IOException {
        try (Stream<Path> folders = Files.list(corpus())) {
            List<Case> cases = new ArrayList<>();
            for (Path folder : folders.filter(Files::isDirectory)
                    .filter(f -> !f.getFileName().toString().equals(BASE)).sorted().toList()) {
                List<String> lines = Files.readAllLines(folder.resolve(EXPECTED), StandardCharsets.UTF_8);
                cases.add(new Case(folder, lines.get(0), lines.subList(1, lines.size())));
            }
            return cases;
        }
    }

    /** Copies the base atlas, then the case's files over it, into {@code target}. */
    static Path overlay(Case c, Path target) throws IOException {
        copyTree(corpus().resolve(BASE), target);
        copyTree(c.folder(), target);
        Files.delete(target.resolve(EXPECTED));
        return target;
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(p -> {
                Path dest = to.resolve(from.relativize(p).toString());
                try {
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(dest);
                    } else {
                        Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Test
    void corpusHasEnoughWellFormedCases() throws IOException {
        List<Case> cases = cases();
        assertTrue(cases.size() >= MIN_CASES, "only " + cases.size() + " malformed cases, want " + MIN_CASES);
        for (Case c : cases) {
            assertTrue(c.folder().getFileName().toString().matches("\\d\\d-[a-z0-9-]+"), c + ": folder name");
            assertTrue(c.comment().startsWith("# ") && c.comment().length() > 10, c + ": first line must be a comment");
            assertFalse(c.expected().isEmpty(), c + ": expects no problem, so it is not malformed");
            try (Stream<Path> files = Files.walk(c.folder())) {
                assertTrue(files.filter(Files::isRegularFile).count() > 1, c + ": overlays no file");
            }
        }
    }

    /** Guards the corpus itself: if the base were broken, every case would fail for the wrong reason. */
    @Test
    void baseAtlasIsValid(@TempDir Path dir) throws IOException {
        copyTree(corpus().resolve(BASE), dir);
        AtlasLoader.Result result = new AtlasLoader().load(dir);
        assertEquals(List.of(), result.problems().stream().map(AtlasProblem::format).toList());
        assertEquals(2, result.atlas().muscles().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void loaderReportsExactlyTheExpectedProblems(Case c, @TempDir Path dir) throws IOException {
        AtlasLoader.Result result = new AtlasLoader().load(overlay(c, dir));
        assertNull(result.atlas(), c + ": a malformed atlas must not load");
        assertEquals(String.join("\n", c.expected()),
                String.join("\n", result.problems().stream().map(AtlasProblem::format).toList()),
                c + " " + c.comment());
    }

    /** A sample across the kinds of defect: syntax, schema, references, geometry, several files. */
    @ParameterizedTest
    @ValueSource(strings = {"03-unclosed-object", "07-top-level-array", "11-unknown-field-manifest-typo",
            "55-manifest-missing-file", "56-manifest-dotdot-path", "61-svg-not-starting-with-m",
            "66-view-box-zero-size", "79-cross-file-problems"})
    void cliPrintsTheSameLinesAndExitsWithOne(String name, @TempDir Path dir) throws IOException {
        Case c = cases().stream().filter(k -> k.toString().equals(name)).findFirst().orElseThrow();
        Path atlas = overlay(c, dir);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"validate", atlas.toString()}, new PrintWriter(out), new PrintWriter(err));

        assertEquals(Cli.PROBLEM, code);
        List<String> expected = new ArrayList<>(c.expected());
        expected.add(c.expected().size() + (c.expected().size() == 1 ? " problem" : " problems") + " in " + atlas);
        assertEquals(String.join("\n", expected), out.toString().strip().replace("\r\n", "\n"));
        assertEquals("", err.toString());
        for (String text : List.of(out.toString(), err.toString())) {
            assertFalse(text.contains("Exception"), text);
            assertFalse(text.contains("\tat "), text);
        }
    }
}
