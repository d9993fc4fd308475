package org.referralatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referralatlas.TestAtlases;
import org.referralatlas.cli.CliTest.Run;

/** {@code referral-atlas plates}: which muscles, paper, side, and the one-line errors. */
class PlatesCommandTest {
    private static final String MINI = TestAtlases.MINI.toString();

    @TempDir
    Path dir;

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theWholeAtlasByDefault() throws IOException {
        Path out = dir.resolve("book.pdf");
        Run r = CliTest.run("plates", "--atlas", MINI, "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("wrote " + out + ": 4 plates of 4 muscles, 7 pages", r.out().strip());
        assertTrue(text(out).contains("Index by pain region"));
    }

    @Test
    void namedMusclesInTheGivenOrder() throws IOException {
        Path out = dir.resolve("two.pdf");
        Run r = CliTest.run("plates", "--atlas", MINI, "--muscles", "temporalis,traps", "--out", out.toString(),
                "--json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().replaceAll("\\s+", "").contains("\"muscles\":[\"temporalis\",\"upper-trapezius\"]"), r.out());
        String text = text(out);
        assertTrue(text.indexOf("Temporalis 3") < text.indexOf("Upper trapezius 4"), text);
    }

    @Test
    void aRegionsMusclesInTheRankingsOrder() {
        Path out = dir.resolve("temple.pdf");
        Run r = CliTest.run("plates", "--atlas", MINI, "--region", "temple", "--out", out.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        // the lookup ranks the temple's muscles; the book follows it (see PainLookupTest for the ranking)
        var ranked = new org.referralatlas.query.PainLookup(TestAtlases.mini())
                .lookUp(java.util.List.of("temple"), org.referralatlas.model.Side.RIGHT).candidates().stream()
                .map(c -> "\"" + c.muscle().id() + "\"").toList();
        assertTrue(r.out().replaceAll("\\s+", "").contains("\"muscles\":[" + String.join(",", ranked) + "]"), r.out());
    }

    @Test
    void aGroupAndAnUnknownGroup() {
        Path out = dir.resolve("g.pdf");
        Run ok = CliTest.run("plates", "--atlas", MINI, "--group", "trapezius", "--out", out.toString());
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("1 plates of 1 muscles"), ok.out());
        Run bad = CliTest.run("plates", "--atlas", MINI, "--group", "forearm", "--out", out.toString());
        assertEquals(Cli.PROBLEM, bad.code());
        assertTrue(bad.err().contains("no muscle group \"forearm\"; the atlas has: Trapezius"), bad.err());
    }

    @Test
    void badOptionsAreRefusedAndWriteNothing() {
        Path out = dir.resolve("x.pdf");
        Run paper = CliTest.run("plates", "--atlas", MINI, "--paper", "a5", "--out", out.toString());
        assertEquals(Cli.USAGE, paper.code());
        assertTrue(paper.err().contains("--paper must be a4 or letter, not 'a5'"), paper.err());
        Run both = CliTest.run("plates", "--atlas", MINI, "--group", "Trapezius", "--region", "temple",
                "--out", out.toString());
        assertEquals(Cli.USAGE, both.code());
        Run side = CliTest.run("plates", "--atlas", MINI, "--side", "both", "--out", out.toString());
        assertEquals(Cli.USAGE, side.code());
        Run muscle = CliTest.run("plates", "--atlas", MINI, "--muscles", "biceps", "--out", out.toString());
        assertEquals(Cli.PROBLEM, muscle.code());
        assertFalse(Files.exists(out));
    }
}
