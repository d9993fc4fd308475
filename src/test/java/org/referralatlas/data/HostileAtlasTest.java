package org.referralatlas.data;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.referralatlas.data.AtlasSource.AtlasReadException;

/**
 * Atlases built to attack the loader: escaping the atlas folder, and files too big, too deep or
 * too long for the {@link Limits}. Each must give one located, one-line problem and never an
 * exception. Small custom limits keep the oversized inputs small and the tests fast.
 *
 * <p>Every atlas is the corpus base atlas ({@code malformed/_base}) copied into a temp folder and
 * altered here; the line:column values below are positions in those base files.
 */
@Timeout(30)
class HostileAtlasTest {
    /** Generous enough for the base atlas (largest file about 1.6 kB, nesting 10 levels, 8 path points). */
    private static final Limits SMALL = new Limits(8192, 20, 16, 1000, 50);
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
        Path base = MalformedAtlasCorpusTest.corpus().resolve("_base");
        try (Stream<Path> walk = Files.walk(base)) {
            for (Path p : walk.toList()) {
                Path dest = atlas.resolve(base.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
        Files.writeString(outside.resolve("secret.json"), SECRET);
        Files.writeString(temp.resolve("outside.json"), SECRET);
    }

    @Test
    void baseLoadsUnderTheSmallLimits() {
        assertEquals(List.of(), lines(load(SMALL)));
    }

    @Test
    void symlinkToAFileOutsideIsRefusedUnread() throws IOException {
        replaceWithLink("symptoms.json", outside.resolve("secret.json"));
        assertProblems(Limits.DEFAULT,
                "atlas.json:13:18: $.files.symptoms[0]: file \"symptoms.json\" leads outside the atlas folder");
    }

    @Test
    void symlinkedFolderLeadingOutsideIsRefused() throws IOException {
        Path muscles = atlas.resolve("muscles");
        Path elsewhere = outside.resolve("muscles");
        Files.move(muscles, elsewhere);
        Files.createSymbolicLink(muscles, elsewhere);
        assertProblems(Limits.DEFAULT,
                "atlas.json:14:17: $.files.muscles[0]: file \"muscles/trapezius.json\" leads outside the atlas folder",
                "atlas.json:14:43: $.files.muscles[1]: file \"muscles/suboccipitals.json\" leads outside the atlas "
                        + "folder");
    }

    @Test
    void manifestThatIsASymlinkOutsideIsRefused() throws IOException {
        Files.copy(atlas.resolve("atlas.json"), outside.resolve("atlas.json"));
        replaceWithLink("atlas.json", outside.resolve("atlas.json"));
        assertProblems(Limits.DEFAULT, "atlas.json:0:0: file \"atlas.json\" leads outside the atlas folder");
    }

    @Test
    void symlinkThatStaysInsideIsFollowed() throws IOException {
        Files.move(atlas.resolve("symptoms.json"), atlas.resolve("views/symptoms-real.json"));
        Files.createSymbolicLink(atlas.resolve("symptoms.json"), Path.of("views/symptoms-real.json"));
        assertProblems(Limits.DEFAULT);
    }

    @Test
    void manifestPathClimbingOutIsRefusedUnread() throws IOException {
        editManifest("\"symptoms\": [\"symptoms.json\"]",
                "\"symptoms\": [\"symptoms.json\", \"../outside.json\", \"views/../../outside.json\"]");
        assertProblems(Limits.DEFAULT,
                "atlas.json:13:35: $.files.symptoms[1]: file path \"../outside.json\" must stay inside the atlas folder",
                "atlas.json:13:54: $.files.symptoms[2]: file path \"views/../../outside.json\" must stay inside the "
                        + "atlas folder");
    }

    @Test
    void manifestListingEtcPasswdIsRefused() throws IOException {
        editManifest("\"symptoms\": [\"symptoms.json\"]", "\"symptoms\": [\"/etc/passwd\"]");
        assertProblems(Limits.DEFAULT,
                "atlas.json:13:18: $.files.symptoms[0]: \"/etc/passwd\" is not a relative path to a .json file");
    }

    /** The schema stops absolute paths first; the source must refuse them on its own as well. */
    @Test
    void directorySourceRefusesAbsoluteAndClimbingPathsItself() {
        DirectoryAtlasSource source = new DirectoryAtlasSource(atlas);
        for (String path : List.of("/etc/passwd", "../outside.json", "views/../../outside.json", "C:/x.json",
                "views\\..\\..\\outside.json")) {
            AtlasReadException e = assertThrows(AtlasReadException.class, () -> source.read(path, 1 << 20));
            assertTrue(e.getMessage().startsWith("file path \"" + path + "\" must"), e.getMessage());
        }
    }

    @Test
    void fileOverTheSizeLimitIsRefused() throws IOException {
        // Valid JSON padded with spaces: only its size is wrong.
        Files.writeString(atlas.resolve("symptoms.json"), Files.readString(atlas.resolve("symptoms.json"))
                + " ".repeat(10_000));
        long size = Files.size(atlas.resolve("symptoms.json"));
        assertProblems(SMALL, "atlas.json:13:18: $.files.symptoms[0]: file \"symptoms.json\" is " + size
                + " bytes, more than the limit of 8192 bytes");
    }

    @Test
    void manifestOverTheSizeLimitIsRefused() throws IOException {
        Files.writeString(atlas.resolve("atlas.json"), Files.readString(atlas.resolve("atlas.json"))
                + " ".repeat(10_000));
        long size = Files.size(atlas.resolve("atlas.json"));
        assertProblems(SMALL, "atlas.json:0:0: file \"atlas.json\" is " + size
                + " bytes, more than the limit of 8192 bytes");
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() throws IOException {
        Files.writeString(atlas.resolve("symptoms.json"), "{\n  \"symptoms\": " + "[".repeat(100)
                + "]".repeat(100) + "\n}\n");
        // The object is level 1, so the 16th '[' (column 15 + 15) is level 17, the first one too deep.
        assertProblems(SMALL, "symptoms.json:2:30: JSON is nested deeper than the limit of 16 levels");
    }

    @Test
    void stringLongerThanTheLimitIsRefused() throws IOException {
        // Jackson checks string length as its buffer grows, so go well past the limit.
        Files.writeString(atlas.resolve("symptoms.json"), "{\n  \"symptoms\": [\n    { \"id\": \"x\", \"name\": \""
                + "a".repeat(5 * SMALL.maxStringLength()) + "\" }\n  ]\n}\n");
        assertProblems(SMALL, "symptoms.json:3:26: a text value is longer than the limit of 1000 characters");
    }

    @Test
    void fieldNameLongerThanTheLimitIsRefused() throws IOException {
        Files.writeString(atlas.resolve("symptoms.json"), "{\n  \"symptoms\": [],\n  \""
                + "k".repeat(5 * SMALL.maxStringLength()) + "\": 1\n}\n");
        List<String> lines = lines(load(SMALL));
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).matches("symptoms\\.json:[1-3]:\\d+: a field name is longer than the limit of "
                + "1000 characters"), lines.get(0));
    }

    @Test
    void pathWithMorePointsThanTheLimitIsRefused() throws IOException {
        Path regions = atlas.resolve("regions.json");
        String longPath = "M80,60 " + "L120,60 L120,120 L80,120 ".repeat(20) + "Z";
        Files.writeString(regions, Files.readString(regions).replace("M80,60 L120,60 L120,120 L80,120 Z", longPath));
        // The zone in trapezius.json naming this region is not judged against a path that could not be read.
        assertProblems(SMALL, "regions.json:16:33: $.regions[2].shapes.posterior[0]: path has more than 50 points, "
                + "the limit for one path");
    }

    @Test
    void manifestListingMoreFilesThanTheLimitIsRefused() {
        assertProblems(new Limits(8192, 5, 16, 1000, 50),
                "atlas.json:10:3: $.files: lists 8 files, more than the limit of 5");
    }

    @Test
    void hugeCoordinatesAreReportedNotClamped() throws IOException {
        Path lateral = atlas.resolve("views/lateral.json");
        Files.writeString(lateral, Files.readString(lateral).replace("\"at\": [90, 60]", "\"at\": [1e400, 60]"));
        assertProblems(Limits.DEFAULT, "views/lateral.json:7:51: $.landmarks[0].at: position [Infinity, 60] lies "
                + "outside the view box of view \"lateral\"");
    }

    @Test
    void binaryGarbageGivesOneLocatedProblem() throws IOException {
        byte[] junk = new byte[3000];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i * 37 + 11);
        }
        Files.write(atlas.resolve("regions.json"), junk);
        List<String> lines = lines(load(SMALL));
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).matches("regions\\.json:[1-9]\\d*:[1-9]\\d*: .+"), lines.get(0));
    }

    /** Stands in for any check with a bug: the loader's contract is problems, never an exception. */
    @Test
    void unexpectedFailureInsideTheLoaderBecomesAProblem() {
        AtlasSource failing = new AtlasSource() {
            @Override
            public byte[] read(String relativePath, long maxBytes) {
                throw new IllegalStateException("disk on fire");
            }

            @Override
            public String describe() {
                return "failing source";
            }
        };
        AtlasLoader.Result result = assertDoesNotThrow(() -> new AtlasLoader().load(failing));
        assertNull(result.atlas());
        assertEquals(List.of("atlas.json:0:0: the atlas could not be checked because of an internal error "
                + "(disk on fire); please report this"), lines(result));
    }

    // ---- issue 17: what validate accepts, every command can handle ----

    @Test
    void aHugeViewBoxIsRefusedSoNoCommandSizesAnImageOrGridFromIt() throws IOException {
        edit("views/posterior.json", "\"viewBox\": [0, 0, 200, 200]", "\"viewBox\": [0, 0, 20000, 200]");
        edit("views/lateral.json", "\"viewBox\": [0, 0, 200, 200]", "\"viewBox\": [0, 0, 1e308, 200]");
        assertProblems(Limits.DEFAULT,
                "views/posterior.json:4:3: $.viewBox: view box is 20000.0 x 200.0 units; at most 2000 units a side",
                "views/lateral.json:4:21: $.viewBox[2]: view box numbers must be finite and within 100000 of 0");
    }

    @Test
    void anIntegerBeyondLongIsANumberTheValidatorJudges() throws IOException {
        edit("views/lateral.json", "\"midlineX\": 100", "\"midlineX\": 123456789012345678901234567890");
        assertProblems(Limits.DEFAULT, "views/lateral.json:5:3: $.midlineX: midline lies outside the view box");
    }

    @Test
    void controlCharactersInAtlasTextAreRefusedAndPrintedEscaped() throws IOException {
        edit("views/lateral.json", "\"name\": \"Lateral\"",
                "\"name\": \"Lateral\\nfake.json:1:1: $.x: injected line\\u001b[31m\"");
        List<String> lines = lines(load(Limits.DEFAULT));
        assertEquals(List.of("views/lateral.json:3:11: $.name: text contains the control character \\n; atlas text "
                + "is one line of printable characters"), lines);
    }

    @Test
    void aManifestPathEndingInANewlineIsRefused() throws IOException {
        editManifest("\"regions.json\"", "\"regions.json\\n\"");
        AtlasLoader.Result result = load(Limits.DEFAULT);
        assertNull(result.atlas());
        assertTrue(lines(result).get(0).contains("control character \\n"), lines(result).toString());
    }

    @Test
    void overlongUtf8IsRefusedNotReadAsASlash() throws IOException {
        Path file = atlas.resolve("symptoms.json");
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        int quote = text.indexOf('"', text.indexOf("\"id\"") + 5) + 1;
        byte[] hostile = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, hostile, 0, quote);
        hostile[quote] = (byte) 0xC0;
        hostile[quote + 1] = (byte) 0xAF;
        System.arraycopy(bytes, quote, hostile, quote + 2, bytes.length - quote);
        Files.write(file, hostile);
        List<String> lines = lines(load(Limits.DEFAULT));
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("symptoms.json:") && lines.get(0).contains("not valid UTF-8"), lines.get(0));
    }

    @Test
    void theWholeAtlasIsCappedNotOnlyEachFile() throws IOException {
        Limits tight = new Limits(8192, 20, 16, 1000, 50, 4000, 10_000, 1000);
        AtlasLoader.Result result = load(tight);
        assertNull(result.atlas());
        assertTrue(lines(result).stream().anyMatch(l -> l.contains("for all its files together")), lines(result)
                .toString());
    }

    @Test
    void aFileOfMillionsOfValuesStopsAtTheValueLimit() throws IOException {
        symptomsOfOnes(300_000);
        assertProblems(Limits.DEFAULT, "symptoms.json:1:400011: the file holds more than the limit of 200000 JSON values");
    }

    @Test
    void problemsStopAtTheLimitAndTheRestAreCounted() throws IOException {
        symptomsOfOnes(5000);
        AtlasLoader.Result result = load(Limits.DEFAULT);
        assertEquals(Limits.DEFAULT.maxProblems(), result.problems().size());
        assertEquals(5000, result.problemCount());
    }

    /** A symptoms file listing {@code n} numbers: each a schema problem, all of them values. */
    private void symptomsOfOnes(int n) throws IOException {
        Files.writeString(atlas.resolve("symptoms.json"), "{\"symptoms\": [" + String.join(",",
                java.util.Collections.nCopies(n, "1")) + "]}");
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = atlas.resolve(file);
        String text = Files.readString(path);
        assertTrue(text.contains(from), from);
        Files.writeString(path, text.replace(from, to));
    }

    private void replaceWithLink(String name, Path target) throws IOException {
        Files.delete(atlas.resolve(name));
        Files.createSymbolicLink(atlas.resolve(name), target);
    }

    private void editManifest(String from, String to) throws IOException {
        Path manifest = atlas.resolve("atlas.json");
        String text = Files.readString(manifest);
        assertTrue(text.contains(from), from);
        Files.writeString(manifest, text.replace(from, to));
    }

    private AtlasLoader.Result load(Limits limits) {
        AtlasLoader.Result result = assertDoesNotThrow(() -> new AtlasLoader(limits).load(atlas));
        for (AtlasProblem p : result.problems()) {
            String line = p.format();
            assertFalse(line.contains("\n") || line.contains("\r"), "problem spans lines: " + line);
            assertFalse(line.contains("secret-marker-outside"), "a file outside the atlas was read: " + line);
            assertFalse(line.contains("Exception"), line);
        }
        return result;
    }

    private static List<String> lines(AtlasLoader.Result result) {
        return result.problems().stream().map(AtlasProblem::format).toList();
    }

    private void assertProblems(Limits limits, String... expected) {
        AtlasLoader.Result result = load(limits);
        assertEquals(String.join("\n", expected), String.join("\n", lines(result)));
        if (expected.length > 0) {
            assertNull(result.atlas());
        }
    }
}
