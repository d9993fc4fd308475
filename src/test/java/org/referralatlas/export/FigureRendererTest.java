package org.referralatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referralatlas.TestAtlases;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.FigureView;
import org.referralatlas.model.Layer;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.Point;
import org.referralatlas.model.Side;
import org.referralatlas.model.TriggerPoint;
import org.referralatlas.model.ZoneKind;

class FigureRendererTest {
    private static final Atlas ATLAS = TestAtlases.mini();
    private static final int ESSENTIAL = FigureStyle.ESSENTIAL.getRGB() & 0xFFFFFF;
    private static final int BACKGROUND = FigureStyle.BACKGROUND.getRGB() & 0xFFFFFF;

    private final FigureRenderer renderer = new FigureRenderer(ATLAS);

    private static TriggerPoint tp1(String muscle) {
        return ATLAS.muscle(muscle).orElseThrow().triggerPoints().get(0);
    }

    /** A point inside the first essential zone shape of upper-trapezius TrP1 in the view, clear of the X. */
    private static Point essentialInterior(String viewId) {
        TriggerPoint tp = tp1("upper-trapezius");
        String shape = tp.zones(ZoneKind.ESSENTIAL).get(0).shapesIn(viewId).get(0);
        return FigureTestSupport.interior(shape, 4, tp.positions().values(), 14);
    }

    @Test
    void rendersHeadlessAtTheRequestedSizeWithTheLegendBelow() {
        assertTrue(GraphicsEnvironment.isHeadless(), "tests must prove the renderer needs no display");
        FigureView view = ATLAS.view("posterior").orElseThrow();
        BufferedImage image = renderer.render(FigureRequest.muscle("posterior", "upper-trapezius", Side.RIGHT), 2);
        assertEquals(1600, image.getWidth());
        assertEquals((int) Math.round((720 + FigureRenderer.LEGEND_HEIGHT) * 2), image.getHeight());
        assertEquals(image.getWidth(), FigureRenderer.pixelSize(view, true, 2)[0]);
        BufferedImage plain = renderer.render(new FigureRequest("posterior", null, Side.RIGHT, null, List.of(), false),
                0.5);
        assertEquals(400, plain.getWidth());
        assertEquals(360, plain.getHeight());
    }

    @Test
    void contextMusclesAndLayerArtAreDrawnOnlyInTheirLayer() {
        // The mini anterior view has a superficial-only pectoralis major (context art) over the chest.
        Point chest = new Point(300, 392);
        int context = FigureStyle.CONTEXT_MUSCLE.getRGB() & 0xFFFFFF;
        BufferedImage superficial = renderer.render(
                new FigureRequest("anterior", null, Side.RIGHT, Layer.SUPERFICIAL, List.of(), false), 1);
        BufferedImage deep = renderer.render(
                new FigureRequest("anterior", null, Side.RIGHT, Layer.DEEP, List.of(), false), 1);
        assertEquals(context, FigureTestSupport.rgb(superficial, chest, 1));
        assertNotEquals(context, FigureTestSupport.rgb(deep, chest, 1));
    }

    @Test
    void aNarrowFigureStacksItsLegendInOneColumnThatFitsItsWidth() {
        FigureRequest request = FigureRequest.muscle("posterior", "upper-trapezius", Side.RIGHT);
        java.awt.geom.Rectangle2D narrow = new java.awt.geom.Rectangle2D.Double(300, 40, 380, 500);
        BufferedImage image = renderer.render(request, 1, narrow);
        assertTrue(FigureLegend.height(380) > FigureRenderer.LEGEND_HEIGHT, "one column needs more rows");
        assertEquals((int) Math.round(500 + FigureLegend.height(380)), image.getHeight());
        // Nothing of the caption or the entries runs off the right edge: the last columns stay blank.
        for (int y = 500; y < image.getHeight(); y++) {
            for (int x = image.getWidth() - 6; x < image.getWidth(); x++) {
                assertEquals(BACKGROUND, image.getRGB(x, y) & 0xFFFFFF, "legend pixel at " + x + "," + y);
            }
        }
    }

    @Test
    void essentialZoneIsSolidOnTheRightAndAbsentOnTheLeft() {
        Point p = essentialInterior("posterior");
        BufferedImage image = renderer.render(FigureRequest.muscle("posterior", "upper-trapezius", Side.RIGHT), 2);
        assertEquals(ESSENTIAL, FigureTestSupport.rgb(image, p, 2), "essential zone interior at " + p);
        Point mirrored = p.mirroredAbout(ATLAS.view("posterior").orElseThrow().midlineX());
        assertNotEquals(ESSENTIAL, FigureTestSupport.rgb(image, mirrored, 2), "right side only");
    }

    @Test
    void leftSideMirrorsThePatternAboutTheMidline() {
        Point p = essentialInterior("posterior");
        Point mirrored = p.mirroredAbout(ATLAS.view("posterior").orElseThrow().midlineX());
        BufferedImage left = renderer.render(FigureRequest.muscle("posterior", "upper-trapezius", Side.LEFT), 2);
        assertEquals(ESSENTIAL, FigureTestSupport.rgb(left, mirrored, 2), "mirrored interior at " + mirrored);
        assertNotEquals(ESSENTIAL, FigureTestSupport.rgb(left, p, 2));
        BufferedImage both = renderer.render(FigureRequest.muscle("posterior", "upper-trapezius", Side.BOTH), 1);
        assertEquals(ESSENTIAL, FigureTestSupport.rgb(both, p, 1));
        assertEquals(ESSENTIAL, FigureTestSupport.rgb(both, mirrored, 1));
    }

    @Test
    void aProfileViewShowsTheLeftSideByFlippingTheWholeFigure() {
        FigureView lateral = ATLAS.view("lateral").orElseThrow();
        assertFalse(Figures.showsBothSides(lateral));
        assertTrue(Figures.showsBothSides(ATLAS.view("posterior").orElseThrow()));
        Point p = essentialInterior("lateral");
        BufferedImage left = renderer.render(FigureRequest.muscle("lateral", "upper-trapezius", Side.LEFT), 1);
        assertEquals(ESSENTIAL, FigureTestSupport.rgb(left, p.mirroredAbout(lateral.midlineX()), 1));
        assertNotEquals(ESSENTIAL, FigureTestSupport.rgb(left, p, 1));
    }

    @Test
    void spilloverIsStippledNotSolidAndTheFigureIsDrawn() {
        TriggerPoint tp = tp1("upper-trapezius");
        String shape = tp.zones(ZoneKind.SPILLOVER).get(0).shapesIn("posterior").get(0);
        Point centre = FigureTestSupport.interior(shape, 7, tp.positions().values(), 14);
        BufferedImage image = renderer.render(FigureRequest.muscle("posterior", "upper-trapezius", Side.RIGHT), 4);
        int reddish = 0;
        int solid = 0;
        int pixels = 0;
        // A 12 by 12 unit patch holds a few dots of the 6-unit stipple grid, whatever its phase.
        for (int dy = -24; dy < 24; dy++) {
            for (int dx = -24; dx < 24; dx++) {
                int rgb = FigureTestSupport.rgb(image, new Point(centre.x() + dx / 4.0, centre.y() + dy / 4.0), 4);
                reddish += ((rgb >> 16) & 0xFF) > ((rgb >> 8) & 0xFF) + 60 ? 1 : 0;
                solid += rgb == ESSENTIAL ? 1 : 0;
                pixels++;
            }
        }
        assertTrue(reddish > 0, "stipple dots are drawn");
        assertTrue(solid < pixels / 3, "spillover is not a solid fill: " + solid + "/" + pixels);
        assertNotEquals(BACKGROUND, FigureTestSupport.rgb(image, new Point(400, 100), 4), "the head is drawn");
    }

    @Test
    void focusFramesThePatternInsideTheViewBox() {
        FigureRequest request = FigureRequest.muscle("posterior", "upper-trapezius", Side.RIGHT);
        Rectangle2D area = Figures.focus(ATLAS, request, 0.9);
        assertEquals(0.9, area.getWidth() / area.getHeight(), 1e-9);
        assertTrue(area.getMinX() >= 0 && area.getMaxX() <= 800 && area.getMinY() >= 0 && area.getMaxY() <= 720);
        Point p = essentialInterior("posterior");
        assertTrue(area.contains(p.x(), p.y()));
        BufferedImage image = renderer.render(request.withLegend(false), 1, area);
        assertEquals(ESSENTIAL, image.getRGB((int) Math.round(p.x() - area.getX()),
                (int) Math.round(p.y() - area.getY())) & 0xFFFFFF);
    }

    /**
     * A close-up with its legend: the figure below the close-up's area must not show through the legend band.
     * The band is compared with the band of the same request over an empty area (below the figure) of the
     * same size: same legend, nothing else, so the two bands must be the same pixels.
     */
    @Test
    void aCloseUpsLegendBandHoldsOnlyTheLegend() {
        FigureRequest request = FigureRequest.muscle("posterior", "upper-trapezius", Side.RIGHT);
        Rectangle2D head = new Rectangle2D.Double(200, 100, 400, 250);
        Rectangle2D empty = new Rectangle2D.Double(200, 5000, 400, 250);
        BufferedImage closeUp = renderer.render(request, 1, head);
        BufferedImage alone = renderer.render(request, 1, empty);
        assertNotEquals(BACKGROUND, FigureTestSupport.rgb(closeUp, new Point(200, 245), 1),
                "the figure reaches the close-up's lower edge, so it could spill into the band");
        int differ = 0;
        for (int y = 251; y < closeUp.getHeight(); y++) {
            for (int x = 0; x < closeUp.getWidth(); x++) {
                differ += closeUp.getRGB(x, y) == alone.getRGB(x, y) ? 0 : 1;
            }
        }
        assertEquals(0, differ, "pixels of the legend band that are not the legend's");
    }

    /** A plate may cut a long muscle (the lower trapezius, T4 to T12) but never its X marks. */
    @Test
    void focusKeepsEveryTriggerPointInTheFrame() {
        List<String> cut = new java.util.ArrayList<>();
        for (Muscle m : ATLAS.muscles()) {
            for (var tp : m.triggerPoints()) {
                tp.positions().forEach((viewId, p) -> {
                    for (double aspect : new double[] {1.5, 0.85}) {
                        Rectangle2D area = Figures.focus(ATLAS, new FigureRequest(viewId, m.id(), Side.RIGHT, null,
                                List.of(), false, tp.id()), aspect);
                        if (!area.contains(p.x() - 10, p.y() - 10, 20, 20)) {
                            cut.add(tp.id() + " in " + viewId + " at aspect " + aspect);
                        }
                    }
                });
            }
        }
        assertEquals(List.of(), cut);
    }

    @Test
    void everyMuscleRendersInEveryViewAndLayer() {
        for (FigureView view : ATLAS.views()) {
            for (Muscle m : ATLAS.muscles()) {
                for (var layer : org.referralatlas.model.Layer.values()) {
                    BufferedImage image = renderer.render(
                            FigureRequest.muscle(view.id(), m.id(), Side.BOTH).withLayer(layer), 0.25);
                    assertEquals(200, image.getWidth());
                }
            }
        }
    }

    @Test
    void legendListsOnlyWhatTheFigureShows() {
        assertEquals(new Figures.LegendEntries(true, true, true, false),
                Figures.legendEntries(ATLAS, FigureRequest.muscle("posterior", "upper-trapezius", Side.RIGHT)));
        assertEquals(new Figures.LegendEntries(false, false, false, true), Figures.legendEntries(ATLAS,
                FigureRequest.muscle("posterior", null, Side.RIGHT).withPainRegions(List.of("occiput"))));
        boolean anySpillover = tp1("sternocleidomastoid-sternal").zones(ZoneKind.SPILLOVER).stream()
                .anyMatch(z -> !z.shapesIn("anterior").isEmpty());
        assertEquals(anySpillover, Figures.legendEntries(ATLAS,
                FigureRequest.muscle("anterior", "sternocleidomastoid-sternal", Side.RIGHT)).spillover());
    }

    @Test
    void bestViewShowsMostOfThePatternAndBothSidesWhenAskedFor() {
        Muscle ut = ATLAS.muscle("upper-trapezius").orElseThrow();
        assertEquals("lateral", Figures.bestView(ATLAS, ut, List.of()).id(), "three essential shapes in lateral");
        assertEquals("posterior", Figures.bestView(ATLAS, ut, List.of(), Side.BOTH).id());
        BufferedImage both = renderer.render(FigureRequest.muscle("lateral", "upper-trapezius", Side.BOTH), 1);
        assertEquals(ESSENTIAL, FigureTestSupport.rgb(both, essentialInterior("lateral"), 1),
                "a profile shows the right");
    }

    @Test
    void rejectsUnknownIdsAndAbsurdScales() {
        assertThrows(IllegalArgumentException.class,
                () -> renderer.render(FigureRequest.muscle("sideways", null, Side.RIGHT), 1));
        assertThrows(IllegalArgumentException.class,
                () -> renderer.render(FigureRequest.muscle("posterior", "gluteus", Side.RIGHT), 1));
        assertThrows(IllegalArgumentException.class,
                () -> renderer.render(FigureRequest.muscle("posterior", null, Side.RIGHT), 0));
        assertThrows(IllegalArgumentException.class,
                () -> renderer.render(FigureRequest.muscle("posterior", null, Side.RIGHT), 100));
    }

    @Test
    void writesAReadablePng(@TempDir Path dir) throws Exception {
        BufferedImage image = renderer.render(FigureRequest.muscle("anterior", "temporalis", Side.RIGHT), 0.5);
        Path file = dir.resolve("figure.png");
        FigureRenderer.writePng(image, file);
        BufferedImage read = ImageIO.read(file.toFile());
        assertEquals(image.getWidth(), read.getWidth());
        assertEquals(image.getHeight(), read.getHeight());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        }
    }
}
