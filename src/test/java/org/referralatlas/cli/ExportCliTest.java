package org.referralatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.referralatlas.TestAtlases;
import org.referralatlas.cli.CliTest.Run;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Point;
import org.referralatlas.model.ZoneKind;

/** The figure and handout commands: files, exit codes, one-line errors, atomic writes. */
class ExportCliTest {
    private static final String MINI = TestAtlases.MINI.toString();
    private static final int ESSENTIAL = org.referralatlas.export.Palette.light().color("essential").getRGB() & 0xFFFFFF;

    @TempDir
    Path dir;

    static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    /** The centre of the first essential ellipse of upper-trapezius TrP1 in the posterior view. */
    private static Point zoneCentre() {
        Atlas atlas = TestAtlases.mini();
        String shape = atlas.muscle("upper-trapezius").orElseThrow().triggerPoints().get(0)
                .zones(ZoneKind.ESSENTIAL).get(0).shapesIn("posterior").get(0);
        try {
            var s = org.referralatlas.geometry.SvgPath.shape(shape, 10_000);
            return new Point((s.minX() + s.maxX()) / 2, (s.minY() + s.maxY()) / 2);
        } catch (org.referralatlas.geometry.PathSyntaxException e) {
            throw new AssertionError(e);
        }
    }

    /** Every view of the bundled atlas, at the default scale: big enough for a slide or a print, no legend text cut. */
    @ParameterizedTest
    @ValueSource(strings = {"anterior", "lateral", "posterior"})
    void anExportedFigureIsSlideSizedAndItsLegendIsWhole(String view) throws IOException {
        Path png = dir.resolve(view + ".png");
        Run r = CliTest.run("figure", view, "--muscle", "temporalis", "--out", png.toString());
        assertEquals(0, r.code(), r.err());
        BufferedImage image = ImageIO.read(png.toFile());
        int longSide = Math.max(image.getWidth(), image.getHeight());
        int shortSide = Math.min(image.getWidth(), image.getHeight());
        assertTrue(longSide >= 1600 && shortSide >= 800, view + ": " + image.getWidth() + " x " + image.getHeight());
        int background = image.getRGB(image.getWidth() - 1, image.getHeight() - 1) & 0xFFFFFF; // the paper
        var atlas = new org.referralatlas.data.AtlasLoader().loadBundled().atlas();
        var box = atlas.view(view).orElseThrow().viewBox();
        int legendTop = (int) Math.ceil(box.height() * image.getWidth() / box.width()) + 2;
        // Text cut at the image's edge leaves ink in the last columns of the legend band.
        for (int y = legendTop; y < image.getHeight(); y++) {
            for (int x = image.getWidth() - 4; x < image.getWidth(); x++) {
                assertEquals(background, image.getRGB(x, y) & 0xFFFFFF, view + ": legend ink at " + x + "," + y);
            }
        }
    }

    @Test
    void figureWritesAPngOfTheExpectedSizeWithTheZoneDrawn() throws IOException {
        Path png = dir.resolve("ut.png");
        Run r = CliTest.run("figure", "posterior", "--atlas", MINI, "--muscle", "traps", "--out", png.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("wrote " + png + " (1600 x 1640 px)"), r.out());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1600, image.getWidth());
        assertEquals(1640, image.getHeight());
        Point c = zoneCentre();
        assertEquals(ESSENTIAL, image.getRGB((int) (c.x() * 2), (int) (c.y() * 2)) & 0xFFFFFF);
    }

    @Test
    void figureOnTheLeftSideDrawsTheZoneAtTheMirroredPoint() throws IOException {
        Path png = dir.resolve("left.png");
        Run r = CliTest.run("figure", "Posterior", "--atlas", MINI, "--muscle", "upper-trapezius", "--side", "left",
                "--layer", "deep", "--scale", "1", "--out", png.toString());
        assertEquals(0, r.code(), r.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(800, image.getWidth());
        Point m = zoneCentre().mirroredAbout(400);
        assertEquals(ESSENTIAL, image.getRGB((int) m.x(), (int) m.y()) & 0xFFFFFF);
        Point right = zoneCentre();
        assertFalse(image.getRGB((int) right.x(), (int) right.y()) == (0xFF000000 | ESSENTIAL));
    }

    @Test
    void handoutForAMuscleHoldsItsText() throws IOException {
        Path pdf = dir.resolve("ut.pdf");
        Path png = dir.resolve("ut-page.png");
        Run r = CliTest.run("handout", "UT", "--atlas", MINI, "--side", "left", "--note", "Ball – twice a day, café",
                "--out", pdf.toString(), "--png", png.toString());
        assertEquals(0, r.code(), r.err());
        String text = pdfText(pdf);
        assertTrue(text.contains("Upper trapezius"), text);
        assertTrue(text.contains("Lean in gently for 30 to 60 seconds."), text);
        assertTrue(text.contains("Sudden, worst-ever headache"), text);
        assertTrue(text.contains("Ball – twice a day, café"), text);
        assertTrue(ImageIO.read(png.toFile()).getHeight() > 1000, "preview of the A4 page");
    }

    @Test
    void handoutForRegionsListsRankedCandidates() throws IOException {
        Path pdf = dir.resolve("pain.pdf");
        Run r = CliTest.run("handout", "--atlas", MINI, "--regions", "temple,behind the eye", "--json",
                "--out", pdf.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("Where it hurts: Temple, Behind the eye", r.json().get("title").asText());
        String text = pdfText(pdf);
        assertTrue(text.contains("1. Suboccipital muscles"), text);
        assertTrue(text.contains("Muscles that may be causing it"), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "handout --atlas MINI gluteus --out OUT/x.pdf",
        "handout --atlas MINI --regions knee --out OUT/x.pdf",
        "figure sideways --atlas MINI --out OUT/x.png",
        "figure posterior --atlas MINI --muscle gluteus --out OUT/x.png",
        "figure posterior --atlas MINI --out OUT/no/such/folder/x.png",
        "handout --atlas MINI temporalis --out OUT/no/such/folder/x.pdf",
        "figure posterior --atlas MINI --out OUT"})
    void problemsExitOneWithOneLineAndWriteNothing(String command) throws IOException {
        Run r = CliTest.run(command.replace("MINI", MINI).replace("OUT", dir.toString()).split(" "));
        assertEquals(1, r.code(), r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("referral-atlas: "), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "handout --atlas MINI temporalis",
        "handout --atlas MINI --out x.pdf",
        "handout --atlas MINI temporalis --regions temple --out x.pdf",
        "handout --atlas MINI temporalis --side up --out x.pdf",
        "figure --atlas MINI --out x.png",
        "figure posterior --atlas MINI",
        "figure posterior --atlas MINI --layer middle --out x.png",
        "figure posterior --atlas MINI --scale 0 --out x.png",
        "figure posterior --atlas MINI --scale lots --out x.png"})
    void badUsageExitsTwo(String command) {
        Run r = CliTest.run(command.replace("MINI", MINI).split(" "));
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("referral-atlas: "), r.err());
    }

    @Test
    void aFailedWriteFailsCleanlyAndLeavesNoPartialFile() throws IOException {
        // The target is a non-empty folder: the PDF is rendered to a temp file, then the rename fails.
        // (Unlike a read-only folder, this fails for root too.)
        Path folder = Files.createDirectory(dir.resolve("out"));
        Path target = Files.createDirectory(folder.resolve("ut.pdf"));
        Files.writeString(target.resolve("keep.txt"), "old");
        Run r = CliTest.run("handout", "--atlas", MINI, "temporalis", "--out", target.toString());
        assertEquals(1, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertEquals("old", Files.readString(target.resolve("keep.txt")));
        try (var files = Files.list(folder)) {
            assertEquals(List.of(target), files.toList(), "no temp file left behind");
        }
    }

    @Test
    void aTargetInsideAFileFailsWithOneLine() throws IOException {
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        Run r = CliTest.run("figure", "posterior", "--atlas", MINI, "--out", file.resolve("x.png").toString());
        assertEquals(1, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertEquals("x", Files.readString(file));
    }
}
