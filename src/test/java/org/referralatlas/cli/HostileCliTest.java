package org.referralatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.referralatlas.TestAtlases;
import org.referralatlas.cli.CliTest.Run;

/** Hostile arguments and files against the commands: each ends cleanly, fast, and overwrites nothing it shouldn't. */
@Timeout(60)
class HostileCliTest {
    private static final String MINI = TestAtlases.MINI.toString();
    private static final String DRAWING = "{\"format\": \"referral-atlas-drawing\", \"version\": 1, %s \"views\": "
            + "[{\"view\": \"posterior\", \"side\": \"right\", \"strokes\": [{\"intensity\": \"severe\", \"radius\": %s, "
            + "\"points\": [[300, 200], [310, 205]]}]}]}";

    @TempDir
    Path dir;

    private static void assertPlain(Run r) {
        String all = r.out() + r.err();
        for (String internal : new String[] {"Exception", "FileDto", "JsonReadFeature", "at org.", "out of range of"}) {
            assertFalse(all.contains(internal), "Java internals shown: " + all);
        }
    }

    private Path mkfifo(String name) throws IOException, InterruptedException {
        Path fifo = dir.resolve(name);
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        return fifo;
    }

    private Path copyOfMini() throws IOException {
        Path copy = dir.resolve("atlas");
        try (Stream<Path> walk = Files.walk(TestAtlases.MINI)) {
            for (Path p : walk.toList()) {
                Path dest = copy.resolve(TestAtlases.MINI.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
        return copy;
    }

    @Test
    void anOutputPipeIsRefusedAndLeftAPipe() throws Exception {
        Path fifo = mkfifo("out.png");
        Run r = CliTest.run("figure", "posterior", "--atlas", MINI, "--scale", "0.5", "--out", fifo.toString());
        assertEquals(Cli.PROBLEM, r.code(), r.out());
        assertTrue(r.err().contains("is a device or a pipe"), r.err());
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "the pipe is still a pipe");
        assertPlain(r);
    }

    @Test
    void aSymlinkedOutputIsWrittenThroughAndKeepsItsLink() throws IOException {
        Path real = dir.resolve("real.png");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.png"), real);
        Run r = CliTest.run("figure", "posterior", "--atlas", MINI, "--scale", "0.5", "--out", link.toString());
        assertEquals(Cli.OK, r.code(), r.err());
        assertTrue(Files.isSymbolicLink(link), "the link is kept");
        assertTrue(Files.size(real) > 100, "its target holds the PNG");
    }

    @Test
    void aFileOfTheAtlasInUseIsNeverOverwritten() throws IOException {
        Path atlas = copyOfMini();
        String before = Files.readString(atlas.resolve("regions.json"));
        Run r = CliTest.run("figure", "posterior", "--atlas", atlas.toString(), "--scale", "0.5", "--out",
                atlas.resolve("regions.json").toString());
        assertEquals(Cli.PROBLEM, r.code(), r.out());
        assertTrue(r.err().contains("is a file of the atlas in use"), r.err());
        assertEquals(before, Files.readString(atlas.resolve("regions.json")));
        Run fresh = CliTest.run("figure", "posterior", "--atlas", atlas.toString(), "--scale", "0.5", "--out",
                atlas.resolve("new.png").toString());
        assertEquals(Cli.OK, fresh.code(), "a new file beside the atlas is fine: " + fresh.err());
    }

    @Test
    void twoOutputsOfOneCommandMayNotBeTheSameFile() throws IOException {
        Path pdf = dir.resolve("x.pdf");
        Run r = CliTest.run("handout", "traps", "--atlas", MINI, "--out", pdf.toString(), "--png", pdf.toString());
        assertEquals(Cli.PROBLEM, r.code(), r.out());
        assertTrue(r.err().contains("is the same file as"), r.err());
        assertFalse(Files.exists(pdf), "nothing written");
    }

    @Test
    void aNegativeLimitIsAUsageError() throws IOException {
        Path drawing = Files.writeString(dir.resolve("d.json"), String.format(DRAWING, "", "8"));
        Run r = CliTest.run("rank-drawing", drawing.toString(), "--atlas", MINI, "--limit", "-1");
        assertEquals(Cli.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("--limit must be at least 1"), r.err());
        assertPlain(r);
        Run search = CliTest.run("search", "traps", "--atlas", MINI, "--limit", "0");
        assertEquals(Cli.USAGE, search.code(), search.err());
    }

    @Test
    void aScaleTooLargeForTheViewNamesTheLargestThatFits() {
        Run r = CliTest.run("figure", "posterior", "--atlas", MINI, "--scale", "16", "--out",
                dir.resolve("f.png").toString());
        assertEquals(Cli.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("at most"), r.err());
        assertPlain(r);
        Run nan = CliTest.run("figure", "posterior", "--atlas", MINI, "--scale", "NaN", "--out",
                dir.resolve("f.png").toString());
        assertEquals(Cli.USAGE, nan.code(), nan.err());
    }

    @Test
    void anAtlasThatIsAFileIsNamedSo() throws IOException {
        Path file = Files.writeString(dir.resolve("passwd"), "root:x:0:0");
        Run r = CliTest.run("validate", file.toString());
        assertEquals(Cli.PROBLEM, r.code());
        assertTrue(r.err().contains("is a file, not an atlas folder"), r.err());
    }

    @Test
    void regionsOfOnlyCommasSayWhatIsMissing() {
        Run r = CliTest.run("handout", "--regions", ",,,", "--atlas", MINI, "--out", dir.resolve("h.pdf").toString());
        assertEquals(Cli.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("--regions needs at least one region"), r.err());
    }

    @Test
    void aHundredThousandCharacterSearchIsRefusedAtOnce() {
        Run r = CliTest.run("search", "a".repeat(100_000), "--atlas", MINI);
        assertEquals(Cli.USAGE, r.code());
        assertTrue(r.err().contains("at most 200"), r.err().substring(0, Math.min(300, r.err().length())));
    }

    @Test
    void aHugeArgumentIsEchoedBackCut() {
        String huge = "x".repeat(100_000);
        for (String[] args : new String[][] {{"muscle", huge}, {"lookup", huge}, {"technique", huge},
                {"figure", huge, "--out", "x.png"}, {"regions", huge}}) {
            String[] withAtlas = Stream.concat(Stream.of(args), Stream.of("--atlas", MINI)).toArray(String[]::new);
            Run r = CliTest.run(withAtlas);
            assertTrue(r.code() == Cli.PROBLEM || r.code() == Cli.USAGE, args[0] + ": " + r.code());
            assertTrue(r.err().length() < 600, args[0] + " echoed " + r.err().length() + " characters");
            assertTrue(r.err().contains("xxx\u2026"), args[0] + ": the cut is shown: " + r.err());
        }
    }

    @Test
    void anArgumentStartingWithAtIsTextNotAFileToRead() throws IOException {
        // picocli would expand "@FILE" into the file's contents, read whole ("@/dev/zero" never ends).
        Path args = Files.writeString(dir.resolve("args.txt"), "temple\n");
        Run r = CliTest.run("lookup", "@" + args, "--atlas", MINI);
        assertEquals(Cli.PROBLEM, r.code(), r.out());
        assertFalse(r.out().contains("Temple"), r.out());
        assertTrue(r.err().contains("@" + args), "the argument is named as typed: " + r.err());
    }

    @Test
    void aDrawingThatIsAPipeOrADeviceIsRefusedWithoutReading() throws Exception {
        Path fifo = mkfifo("drawing.json");
        Run r = CliTest.run("rank-drawing", fifo.toString(), "--atlas", MINI);
        assertEquals(Cli.PROBLEM, r.code());
        assertTrue(r.err().contains("not a regular file"), r.err());
        Run zero = CliTest.run("rank-drawing", "/dev/zero", "--atlas", MINI);
        assertEquals(Cli.PROBLEM, zero.code());
        assertTrue(zero.err().contains("not a regular file"), zero.err());
    }

    @Test
    void drawingErrorsNameNoJavaTypesOrJacksonHints() throws IOException {
        String[][] cases = {
            {String.format(DRAWING, "", "NaN"), "NaN"},
            {String.format(DRAWING, "", "123456789012345678901234567890123"), "radius must be"},
            {String.format(DRAWING, "\"colour\": 1,", "8"), "unknown field \"colour\""},
            {String.format(DRAWING, "\"version\": \"x\",", "8").replace("\"version\": 1, ", ""), "wrong type"},
            {String.format(DRAWING, "", "1000"), "at most 200"},
        };
        for (String[] c : cases) {
            Path drawing = Files.writeString(dir.resolve("d.json"), c[0]);
            Run r = CliTest.run("rank-drawing", drawing.toString(), "--atlas", MINI);
            assertEquals(Cli.PROBLEM, r.code(), c[0]);
            assertTrue(r.err().contains(c[1]), c[1] + " in " + r.err());
            assertPlain(r);
        }
    }

    @Test
    void aNoteWithEscapeCodesAndNewlinesIsPrintedEscaped() throws IOException {
        Path drawing = Files.writeString(dir.resolve("d.json"),
                String.format(DRAWING, "\"note\": \"ok\\nfake.json:1:1: $.x: injected\\u001b[31m\\u0000\",", "8"));
        Run r = CliTest.run("rank-drawing", drawing.toString(), "--atlas", MINI);
        assertEquals(Cli.OK, r.code(), r.err());
        String first = r.out().lines().findFirst().orElseThrow();
        assertTrue(first.contains("ok\\nfake.json:1:1: $.x: injected\\u001b[31m\\u0000"), first);
        assertFalse(r.out().contains("\u001b") || r.out().contains("\u0000"), r.out());
        assertFalse(r.out().lines().anyMatch(l -> l.startsWith("fake.json")), r.out());
    }

    @Test
    void validateStopsListingAfterTheLimitAndCountsTheRest() throws IOException {
        Path atlas = copyOfMini();
        StringBuilder sb = new StringBuilder("{\"symptoms\": [");
        for (int i = 0; i < 5000; i++) {
            sb.append(i == 0 ? "" : ",").append("1");
        }
        Files.writeString(atlas.resolve("symptoms.json"), sb.append("]}"));
        Run r = CliTest.run("validate", atlas.toString());
        assertEquals(Cli.PROBLEM, r.code());
        long lines = r.out().lines().count();
        assertTrue(lines <= 1002, lines + " lines");
        assertTrue(r.out().contains("... and 4000 more not listed"), r.out().substring(r.out().length() - 300));
        assertTrue(r.out().contains("5000 problems in"), "the total is still told");
    }

    @Test
    void aFileNameTheLocaleCannotEncodeIsAUsageErrorInWords() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Cli.class.getName(), "figure", "posterior", "--atlas", MINI, "--out",
                dir.resolve("caf\u00e9.png").toString()).redirectErrorStream(true);
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes());
        assertEquals(Cli.USAGE, p.waitFor(), output);
        assertTrue(output.contains("set LANG to a UTF-8 locale"), output);
        assertFalse(output.contains("InvalidPathException"), output);
    }
}
