package org.referralatlas.ui.bodymap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.SVGPath;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.export.FigureRenderer;
import org.referralatlas.export.FigureRequest;
import org.referralatlas.export.Palette;
import org.referralatlas.geometry.Shape;
import org.referralatlas.geometry.SvgPath;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.FigureView;
import org.referralatlas.model.Layer;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.Side;
import org.referralatlas.scene.PatternScene;
import org.referralatlas.scene.Role;
import org.referralatlas.scene.SceneShape;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The screen and the export draw a figure from the same scene: every node of the body map is styled
 * with its role's palette tokens, widths and opacity, and the PNG shows those colours where the scene
 * puts them. {@link ScreenMatchesExportTest} checks that the nodes are the scene's shapes, in order.
 */
@ExtendWith(ApplicationExtension.class)
class FigureSceneTest {
    private static final Atlas ATLAS = new AtlasLoader().loadBundled().atlas();
    private static final String MUSCLE = "upper-trapezius";
    private static final String VIEW = "posterior";
    /** Large enough that a 1.6-unit stipple dot has a pixel of its own colour at its centre. */
    private static final double SCALE = 4;
    private BodyMapView map;

    @Start
    void start(Stage stage) {
        map = new BodyMapView(ATLAS, VIEW);
        map.setSide(Side.BOTH);
        Scene scene = new Scene(map, 900, 700);
        scene.getStylesheets().add(getClass().getResource("/org/referralatlas/ui/theme.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private static List<SceneShape> scene() {
        Muscle m = ATLAS.muscle(MUSCLE).orElseThrow();
        return PatternScene.of(m, ATLAS.view(VIEW).orElseThrow(), null, true, true);
    }

    /**
     * Every node of the figure, over views and layers that between them show every role, has its role's
     * palette tokens, width, dashes and opacity: bodymap.css says what {@link Role} says.
     */
    @Test
    void everyNodeOfTheFigureIsInItsRolesPaletteColours(FxRobot robot) {
        Palette palette = Palette.load(Palette.LIGHT);
        Set<Role> seen = EnumSet.noneOf(Role.class);
        String[][] shows = {{"posterior", "SUPERFICIAL", MUSCLE}, {"posterior", "DEEP", "splenius-capitis"},
            {"lateral", "SUPERFICIAL", "levator-scapulae"}, {"anterior", "SUPERFICIAL", "sternocleidomastoid-sternal"}};
        for (String[] show : shows) {
            robot.interact(() -> {
                map.setViewId(show[0]);
                map.setLayer(Layer.valueOf(show[1]));
                map.setSelectedMuscleId(show[2]);
                map.getChosenRegionIds().clear();
                map.getChosenRegionIds().addAll(ATLAS.regions().stream()
                        .filter(r -> !r.shapesIn(show[0]).isEmpty()).map(r -> r.id()).limit(2).toList());
            });
            WaitForAsyncUtils.waitForFxEvents();
            for (SVGPath node : SceneNodeRoles.leaves(SceneNodeRoles.figureRoot(robot, show[2]))) {
                Role role = SceneNodeRoles.role(node);
                assertNotNull(role, () -> "a node in no role: " + node.getStyleClass());
                seen.add(role);
                assertPaint(palette, role, node);
            }
        }
        // A pain drawing over the last view: its intensities and outline (the hatching has no role: screen only).
        List<SceneShape> drawing = SceneNodeRoles.showDrawing(robot, map);
        for (SVGPath node : SceneNodeRoles.leaves(robot.lookup("." + BodyMapCss.DRAWING).queryAs(Parent.class))) {
            Role role = SceneNodeRoles.role(node);
            if (role != null) {
                seen.add(role);
                assertPaint(palette, role, node);
            }
        }
        assertTrue(drawing.stream().noneMatch(s -> s.path().isEmpty()), "every intensity painted");
        assertEquals(EnumSet.allOf(Role.class), seen, "every role is shown and checked");
    }

    private static void assertPaint(Palette palette, Role role, SVGPath node) {
        assertEquals(rgba(colour(palette, role.fill())), rgba(opaqueOrNull(node.getFill())), role + " fill");
        assertEquals(rgba(role.line() == null || role.width() == 0 ? null : colour(palette, role.line())),
                rgba(opaqueOrNull(node.getStroke())), role + " line");
        assertEquals(role.opacity(), node.getOpacity(), 1e-9, role + " opacity");
        if (role.line() != null) {
            assertEquals(role.width(), node.getStrokeWidth(), 1e-9, role + " width");
            double[] dash = role.dash();
            assertArrayEquals(dash == null ? new double[0] : dash,
                    node.getStrokeDashArray().stream().mapToDouble(Double::doubleValue).toArray(), 1e-9,
                    role + " dashes");
        }
    }

    @Test
    void thePngShowsTheScenesColoursWhereTheSceneDrawsThem() {
        FigureView view = ATLAS.view(VIEW).orElseThrow();
        BufferedImage png = new FigureRenderer(ATLAS).render(
                new FigureRequest(VIEW, MUSCLE, Side.RIGHT, null, List.of(), false), SCALE);
        Palette palette = Palette.light();
        // The middle of the largest essential zone is the essential colour; a stipple dot is the spillover colour.
        SceneShape essential = scene().stream().filter(s -> s.role() == Role.ZONE_ESSENTIAL && !s.mirrored())
                .max(Comparator.comparingDouble(s -> area(shape(s.path())))).orElseThrow();
        double[] inside = interior(shape(essential.path()));
        assertEquals(palette.color("essential").getRGB(), pixel(png, view, inside[0], inside[1]));
        SceneShape dots = scene().stream().filter(s -> s.role() == Role.ZONE_STIPPLE && !s.mirrored())
                .findFirst().orElseThrow();
        Shape dot = shape(dots.path().substring(0, dots.path().indexOf('z') + 1));
        int drawn = pixel(png, view, (dot.minX() + dot.maxX()) / 2, (dot.minY() + dot.maxY()) / 2);
        assertFalse(drawn == palette.color("background").getRGB() || drawn == palette.color("skin").getRGB(),
                "a stipple dot is drawn");
        java.awt.Color c = new java.awt.Color(drawn);
        java.awt.Color spill = palette.color("spillover");
        assertTrue(Math.abs(c.getRed() - spill.getRed()) + Math.abs(c.getGreen() - spill.getGreen())
                + Math.abs(c.getBlue() - spill.getBlue()) < 12, "spillover dot " + c + " vs " + spill);
    }

    private static Color colour(Palette palette, String token) {
        if (token == null) {
            return null;
        }
        java.awt.Color c = palette.color(token);
        return Color.rgb(c.getRed(), c.getGreen(), c.getBlue(), c.getAlpha() / 255.0);
    }

    /** A colour as its 8-bit channels (CSS and the palette may round an alpha of 0.10 differently in the last bit). */
    private static String rgba(Color c) {
        return c == null ? "none" : String.format("%02x%02x%02x/%02x", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255), Math.round(c.getOpacity() * 255));
    }

    /** A paint as the colour it is, or null for none or fully transparent. */
    private static Color opaqueOrNull(Paint p) {
        return p instanceof Color c && c.getOpacity() > 0 ? c : null;
    }

    private static Shape shape(String d) {
        try {
            return SvgPath.shape(d, 20_000);
        } catch (org.referralatlas.geometry.PathSyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private static double area(Shape s) {
        return (s.maxX() - s.minX()) * (s.maxY() - s.minY());
    }

    /** A point well inside the shape: the centre of its bounds if inside, else scanned for on the middle row. */
    private static double[] interior(Shape s) {
        double y = (s.minY() + s.maxY()) / 2;
        double best = Double.NaN;
        double bestRun = 0;
        double run = 0;
        for (double x = s.minX(); x <= s.maxX(); x += 0.5) {
            run = s.contains(x, y) ? run + 0.5 : 0;
            if (run > bestRun) {
                bestRun = run;
                best = x - run / 2;
            }
        }
        return new double[] {best, y};
    }

    private static int pixel(BufferedImage png, FigureView view, double x, double y) {
        return png.getRGB((int) ((x - view.viewBox().x()) * SCALE), (int) ((y - view.viewBox().y()) * SCALE));
    }
}
