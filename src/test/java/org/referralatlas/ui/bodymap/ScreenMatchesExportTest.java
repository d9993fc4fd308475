package org.referralatlas.ui.bodymap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.shape.SVGPath;
import javafx.scene.transform.Scale;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.referralatlas.TestAtlases;
import org.referralatlas.export.FigureRenderer;
import org.referralatlas.export.FigureRequest;
import org.referralatlas.export.Palette;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.FigureView;
import org.referralatlas.model.Layer;
import org.referralatlas.model.PainRegion;
import org.referralatlas.model.Side;
import org.referralatlas.model.ViewBox;
import org.referralatlas.scene.FigureKey;
import org.referralatlas.scene.FigureScene;
import org.referralatlas.scene.Role;
import org.referralatlas.scene.SceneShape;
import org.referralatlas.ui.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One figure stack: the body map's nodes for a view, layer, selected muscle and chosen regions are the
 * {@link FigureScene} the PNG and PDF export paint, shape for shape in the same order with the same
 * roles; and a snapshot of the map's figure looks like the export's PNG of the same request at the
 * same size.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenMatchesExportTest {
    private static final Atlas ATLAS = TestAtlases.bundled();
    /** Pixels per design unit of both images. */
    private static final double SCALE = 2;
    private BodyMapView map;

    @Start
    void start(Stage stage) {
        map = new BodyMapView(ATLAS, "posterior");
        map.setSide(Side.BOTH);
        map.setLegendVisible(false);
        Scene scene = new Scene(map, 900, 700);
        scene.getStylesheets().add(getClass().getResource("/org/referralatlas/ui/theme.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @ParameterizedTest(name = "{0} view, {1} layer, {2}")
    @CsvSource({"posterior, SUPERFICIAL, upper-trapezius", "posterior, DEEP, splenius-capitis",
            "anterior, SUPERFICIAL, sternocleidomastoid-sternal", "lateral, SUPERFICIAL, levator-scapulae"})
    void theMapsNodesAreTheExportsSceneInOrder(String viewId, Layer layer, String muscle, FxRobot robot) {
        List<String> chosen = show(robot, viewId, layer, muscle);
        List<SceneShape> scene = FigureScene.of(ATLAS, view(viewId), layer, muscle, Side.BOTH, chosen, null);
        List<String> expected = scene.stream().map(s -> s.role() + " " + s.mirrored() + " " + s.path()).toList();
        List<String> shown = new ArrayList<>();
        for (SVGPath node : SceneNodeRoles.leaves(SceneNodeRoles.figureRoot(robot, muscle))) {
            shown.add(SceneNodeRoles.role(node) + " " + !node.getTransforms().isEmpty() + " " + node.getContent());
        }
        assertTrue(scene.stream().anyMatch(s -> s.role() == Role.MUSCLE_SELECTED || s.role() == Role.MUSCLE_DEEP_SELECTED),
                "the muscle is selected");
        assertTrue(scene.stream().anyMatch(s -> s.role() == Role.REGION_CHOSEN), "regions are chosen");
        assertEquals(expected.size(), shown.size(), "as many nodes as scene shapes");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), shown.get(i), "shape " + i);
        }
    }

    @ParameterizedTest(name = "{0} view, {1} layer, {2}")
    @CsvSource({"posterior, SUPERFICIAL, upper-trapezius", "posterior, DEEP, splenius-capitis"})
    void aSnapshotOfTheMapLooksLikeTheExportedPng(String viewId, Layer layer, String muscle, FxRobot robot)
            throws Exception {
        List<String> chosen = show(robot, viewId, layer, muscle);
        FigureView view = view(viewId);
        ViewBox vb = view.viewBox();
        BufferedImage screen = WaitForAsyncUtils.asyncFx(() -> {
            SnapshotParameters p = new SnapshotParameters();
            p.setTransform(new Scale(SCALE, SCALE));
            p.setViewport(new Rectangle2D(vb.x() * SCALE, vb.y() * SCALE, vb.width() * SCALE, vb.height() * SCALE));
            java.awt.Color bg = Palette.light().color("background");
            p.setFill(javafx.scene.paint.Color.rgb(bg.getRed(), bg.getGreen(), bg.getBlue()));
            return Snapshots.toBufferedImage(SceneNodeRoles.figureRoot(robot, muscle).snapshot(p, null));
        }).get();
        BufferedImage png = new FigureRenderer(ATLAS).render(
                new FigureRequest(viewId, muscle, Side.BOTH, layer, chosen, false), SCALE);
        assertEquals(png.getWidth(), screen.getWidth(), 1);
        assertEquals(png.getHeight(), screen.getHeight(), 1);
        double differing = PixelDiff.share(screen, png, 48);
        // Measured 0.03% and 0.11% (anti-aliased edges); a missing or recoloured muscle costs several per cent.
        assertTrue(differing < 0.005, String.format("%.2f%% of pixels differ", 100 * differing));
    }

    /** The quiz figure is the map in another mode: its nodes are the scene's plain figure, in order. */
    @org.junit.jupiter.api.Test
    void theQuizFigureIsTheScenesPlainFigure(FxRobot robot) {
        robot.interact(() -> {
            map.setViewId("anterior");
            map.setMode(MapMode.QUIZ);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Parent root = robot.lookup(".art-silhouette").query().getParent().getParent();
        List<String> expected = FigureScene.plain(view("anterior")).stream()
                .map(s -> s.role() + " " + s.path()).toList();
        List<String> shown = SceneNodeRoles.leaves(root).stream()
                .map(n -> SceneNodeRoles.role(n) + " " + n.getContent()).toList();
        assertTrue(expected.size() > 3, "skin, bones and features");
        assertEquals(expected, shown);
    }

    /** A pain drawing on the map is the drawing's scene, the one an export paints over a handout's figure. */
    @org.junit.jupiter.api.Test
    void theMapsPainDrawingIsTheDrawingsScene(FxRobot robot) {
        List<SceneShape> drawing = SceneNodeRoles.showDrawing(robot, map);
        List<String> shown = SceneNodeRoles.leaves(robot.lookup("." + BodyMapCss.DRAWING).queryAs(Parent.class))
                .stream().filter(n -> SceneNodeRoles.role(n) != null)
                .map(n -> SceneNodeRoles.role(n) + " " + n.getContent()).toList();
        assertEquals(drawing.stream().map(s -> s.role() + " " + s.path()).toList(), shown);
    }

    /** The map's key draws each entry with the shapes and roles an export's legend paints for it. */
    @org.junit.jupiter.api.Test
    void theKeysSwatchesAreTheFiguresOwnRoles(FxRobot robot) {
        robot.interact(() -> map.setLegendVisible(true));
        WaitForAsyncUtils.waitForFxEvents();
        for (FigureKey entry : FigureKey.ON_SCREEN) {
            KeyRow row = robot.lookup((KeyRow r) -> entry.key().equals(r.getUserData())).query();
            List<Role> shown = SceneNodeRoles.leaves(row.swatch()).stream().map(SceneNodeRoles::role).toList();
            assertEquals(entry.swatch(2, 2, 26, 18).stream().map(SceneShape::role).toList(), shown, entry.key());
        }
    }

    /** Shows the view and layer with the muscle selected and two regions chosen; returns the regions. */
    private List<String> show(FxRobot robot, String viewId, Layer layer, String muscle) {
        List<String> chosen = ATLAS.regions().stream().filter(r -> !r.shapesIn(viewId).isEmpty())
                .map(PainRegion::id).limit(2).toList();
        robot.interact(() -> {
            map.setViewId(viewId);
            map.setLayer(layer);
            map.setSelectedMuscleId(muscle);
            map.getChosenRegionIds().clear();
            map.getChosenRegionIds().addAll(chosen);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return chosen;
    }

    private static FigureView view(String id) {
        return ATLAS.view(id).orElseThrow();
    }
}
