package org.referralatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referralatlas.TestAtlases;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.Side;
import org.referralatlas.query.PainLookup;

/** The plate book: its pages, vector figures, contents and index, paper, cancellation. */
class PlateBookBuilderTest {
    private static Atlas mini;
    private static Atlas bundled;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        System.setProperty("java.awt.headless", "true");
        mini = TestAtlases.mini();
        bundled = new AtlasLoader().loadBundled().atlas();
    }

    private static String text(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc).replaceAll("\\s+", " ");
    }

    @Test
    void titleContentsOnePlatePerMuscleThenTheIndexEachPageNumbered() throws IOException {
        List<Muscle> muscles = PlateSelection.all(mini);
        try (PDDocument doc = new PlateBookBuilder(mini, Paper.A4, Side.RIGHT).build(muscles, PlateBookBuilder.Progress.NONE)) {
            // title, one contents page, four plates (one trigger point each), one index page
            assertEquals(7, doc.getNumberOfPages());
            assertTrue(text(doc, 1).contains("Plate book"), text(doc, 1));
            String contents = text(doc, 2);
            for (int i = 0; i < muscles.size(); i++) {
                String name = muscles.get(i).name();
                assertTrue(contents.contains(name + " " + (3 + i)), name + " on page " + (3 + i) + " in: " + contents);
                String plate = text(doc, 3 + i);
                assertTrue(plate.startsWith(name), plate);
                assertTrue(plate.contains("Trigger points") && plate.contains("Essential pain:")
                        && plate.contains("Sources"), plate);
            }
            for (int page = 2; page <= doc.getNumberOfPages(); page++) {
                assertTrue(text(doc, page).strip().endsWith("plate book " + page), "page number on page " + page);
            }
            assertTrue(contents.contains("Index by pain region 7"), contents);
        }
    }

    @Test
    void theIndexListsEachRegionsMusclesInTheRankingsOrderWithTheirPages() throws IOException {
        List<Muscle> muscles = PlateSelection.all(mini);
        try (PDDocument doc = new PlateBookBuilder(mini, Paper.A4, Side.RIGHT).build(muscles, PlateBookBuilder.Progress.NONE)) {
            String index = text(doc, doc.getNumberOfPages());
            List<String> expected = new ArrayList<>();
            for (PainLookup.Candidate c : new PainLookup(mini).lookUp(List.of("temple"), Side.RIGHT).candidates()) {
                expected.add(c.muscle().name() + " p. " + (3 + muscles.indexOf(c.muscle())));
            }
            assertTrue(expected.size() >= 3, "the mini atlas has three muscles for the temple");
            String templeLine = mini.region("temple").orElseThrow().name() + ": " + String.join(", ", expected);
            assertTrue(index.contains(templeLine), templeLine + " in: " + index);
        }
    }

    @Test
    void figuresAreVectorPathsNotImages() throws IOException {
        List<Muscle> muscles = PlateSelection.byIds(bundled, List.of("upper-trapezius"));
        try (PDDocument doc = new PlateBookBuilder(bundled, Paper.A4, Side.RIGHT).build(muscles, PlateBookBuilder.Progress.NONE)) {
            int forms = 0;
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                forms += countXObjects(doc.getPage(p).getResources(), 0);
            }
            assertTrue(forms >= 1, "the plate's figure is a form of vector paths");
            PDResources plate = doc.getPage(2).getResources();
            // The figure is the largest form (the key's swatches are small forms of the same shapes).
            String ops = null;
            for (COSName name : plate.getXObjectNames()) {
                if (plate.getXObject(name) instanceof PDFormXObject f) {
                    String content = content(f);
                    ops = ops == null || content.length() > ops.length() ? content : ops;
                }
            }
            assertTrue(ops != null, "plate page draws a form");
            // curves (c), fills (f) and strokes (S) of the drawn anatomy: thousands, not one image operator
            assertTrue(count(ops, " c\n") > 1000, "curve operators: " + count(ops, " c\n"));
            assertFalse(ops.contains(" Do\n") && ops.contains("/Im"), "no bitmap inside the figure");
        }
    }

    /** Counts form XObjects, failing on any image XObject, recursively. */
    private static int countXObjects(PDResources resources, int depth) throws IOException {
        int forms = 0;
        if (resources == null || depth > 5) {
            return 0;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            assertFalse(x instanceof PDImageXObject, "image XObject " + name + " in a plate book");
            if (x instanceof PDFormXObject f) {
                forms += 1 + countXObjects(f.getResources(), depth + 1);
            }
        }
        return forms;
    }

    private static String content(PDFormXObject form) throws IOException {
        try (InputStream in = form.getContentStream().createInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }

    private static int count(String s, String token) {
        int n = 0;
        for (int i = s.indexOf(token); i >= 0; i = s.indexOf(token, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void aMuscleWhoseTriggerPointsReferElsewhereGetsOnePlatePerTriggerPoint() {
        Muscle masseter = bundled.muscle("masseter-superficial").orElseThrow();
        assertTrue(Plate.distinctPatterns(masseter), "masseter's trigger points refer to different places");
        List<Plate> plates = Plate.plan(bundled, List.of(masseter));
        assertEquals(masseter.triggerPoints().size(), plates.size());
        for (int i = 0; i < plates.size(); i++) {
            assertEquals(masseter.triggerPoints().get(i), plates.get(i).triggerPoint());
            assertTrue(plates.get(i).title().contains(masseter.triggerPoints().get(i).label()));
            assertTrue(plates.get(i).views().size() <= 2 && !plates.get(i).views().isEmpty());
        }
        Muscle temporalis = mini.muscle("temporalis").orElseThrow();
        assertEquals(List.of(new Plate(temporalis, null, Plate.views(mini, temporalis, temporalis.triggerPoints()))),
                Plate.plan(mini, List.of(temporalis)));
    }

    @Test
    void theBestViewComesFirst() {
        for (Muscle m : bundled.muscles()) {
            for (Plate plate : Plate.plan(bundled, List.of(m))) {
                String best = plate.views().get(0);
                int bestScore = Figures.patternScore(bundled.view(best).orElseThrow(), m, plate.triggerPoints());
                bundled.views().forEach(v -> assertTrue(Figures.patternScore(v, m, plate.triggerPoints()) <= bestScore,
                        plate.title() + ": " + v.id() + " shows more than " + best));
            }
        }
    }

    /** A plate shows where its trigger points are: one of its views holds an X mark of the plate. */
    @Test
    void everyPlateShowsItsTriggerPoints() {
        for (Plate plate : Plate.plan(bundled, bundled.muscles())) {
            assertTrue(plate.views().stream().anyMatch(v -> plate.triggerPoints().stream()
                            .anyMatch(tp -> tp.positions().containsKey(v))),
                    plate.title() + " shows no X mark in " + plate.views());
        }
        Plate subscapularis = Plate.plan(bundled, List.of(bundled.muscle("subscapularis").orElseThrow())).get(0);
        assertEquals("anterior", subscapularis.views().get(subscapularis.views().size() - 1),
                "the subscapularis's X marks are in the anterior view, its pattern on the back");
    }

    /** Every plate of the bundled atlas fits its page (A4 and letter) in a readable type size. */
    @Test
    void everyBundledPlateFitsItsPage() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfFonts fonts = PdfFonts.load(doc);
            FigureRenderer renderer = new FigureRenderer(bundled);
            for (Paper paper : Paper.values()) {
                for (Plate plate : Plate.plan(bundled, bundled.muscles())) {
                    float size = new PlateLayout(doc, fonts, paper.size(), renderer, plate,
                            PlateText.of(bundled, plate), Side.RIGHT).fittingSize();
                    assertTrue(size >= PlateLayout.COMFORTABLE, plate.title() + " on " + paper.id() + " needs type of " + size);
                }
            }
        }
    }

    /** Issue 18's bound on the printed book (its build time is a bench: PlateBookBench). */
    @Test
    void theBundledBookStaysUnderThirtyMegabytes(@TempDir Path dir) throws IOException {
        Path book = dir.resolve("book.pdf");
        new PlateBookBuilder(bundled, Paper.A4, Side.RIGHT).write(PlateSelection.all(bundled), book,
                PlateBookBuilder.Progress.NONE);
        long size = Files.size(book);
        assertTrue(size < 30_000_000L, "the bundled plate book is " + size + " bytes");
        int plates = Plate.plan(bundled, bundled.muscles()).size();
        try (PDDocument doc = Loader.loadPDF(book.toFile())) {
            assertTrue(doc.getNumberOfPages() >= plates + 3, "title, contents, " + plates + " plates, index: "
                    + doc.getNumberOfPages() + " pages");
        }
    }

    @Test
    void letterPaperGivesLetterPages() throws IOException {
        try (PDDocument doc = new PlateBookBuilder(mini, Paper.LETTER, Side.LEFT)
                .build(PlateSelection.byIds(mini, List.of("temporalis")), PlateBookBuilder.Progress.NONE)) {
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                assertEquals(PDRectangle.LETTER.getWidth(), doc.getPage(p).getMediaBox().getWidth(), 0.01);
                assertEquals(PDRectangle.LETTER.getHeight(), doc.getPage(p).getMediaBox().getHeight(), 0.01);
            }
            assertTrue(text(doc, 1).contains("patient's left side"), text(doc, 1));
        }
    }

    @Test
    void progressIsReportedAndCancellingLeavesNoFile() {
        AtomicInteger reports = new AtomicInteger();
        Path target = dir.resolve("book.pdf");
        List<Muscle> muscles = PlateSelection.all(mini);
        assertThrows(CancellationException.class, () -> new PlateBookBuilder(mini, Paper.A4, Side.RIGHT)
                .write(muscles, target, (done, total) -> {
                    assertEquals(4, total);
                    return reports.incrementAndGet() < 2;
                }));
        assertEquals(2, reports.get());
        assertFalse(Files.exists(target));
    }

    @Test
    void anEmptySelectionIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new PlateBookBuilder(mini, Paper.A4, Side.RIGHT).build(List.of(), PlateBookBuilder.Progress.NONE));
    }
}
