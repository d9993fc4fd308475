package org.referralatlas.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Side;

/**
 * Pictures of the bundled atlas's plate book for the README: every page as a thumbnail on one contact
 * sheet, and two plates at reading size. Run by {@code mvn -o -Pscreenshots verify}, never by the default build.
 */
class PlateBookScreenshots {
    /** Plates shown at reading size: the SCM's upper sternal trigger point, upper trapezius TrP1. */
    static final List<String> SHOWN = List.of("sternocleidomastoid-sternal-tp3", "upper-trapezius-tp1");

    private final Path out = Path.of(System.getProperty("screenshots.dir", "screenshots"));

    @Test
    void contactSheetAndTwoPlates() throws Exception {
        System.setProperty("java.awt.headless", "true");
        Atlas atlas = new AtlasLoader().loadBundled().atlas();
        PlateBookBuilder builder = new PlateBookBuilder(atlas, Paper.A4, Side.RIGHT);
        List<Plate> plates = builder.plan(PlateSelection.all(atlas));
        Files.createDirectories(out);
        try (PDDocument doc = builder.build(PlateSelection.all(atlas), PlateBookBuilder.Progress.NONE)) {
            int firstPlate = builder.firstPlatePage(plates.size()) - 1;
            Path sheet = out.resolve("plates-contact-sheet.png");
            FigureRenderer.writePng(PlateBookImages.contactSheet(doc, 10, 150), sheet);
            assertTrue(Files.size(sheet) > 100_000, "contact sheet looks empty");
            for (String tp : SHOWN) {
                int index = -1;
                for (int i = 0; i < plates.size(); i++) {
                    Plate p = plates.get(i);
                    if (p.triggerPoints().stream().anyMatch(t -> t.id().equals(tp))) {
                        index = i;
                        break;
                    }
                }
                assertTrue(index >= 0, "no plate shows " + tp);
                Path file = out.resolve("plate-" + tp + ".png");
                FigureRenderer.writePng(PlateBookImages.page(doc, firstPlate + index, 110), file);
                assertTrue(Files.size(file) > 100_000, file + " looks empty");
            }
        }
    }
}
