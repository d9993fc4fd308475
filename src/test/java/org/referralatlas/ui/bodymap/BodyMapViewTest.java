package org.referralatlas.ui.bodymap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.SVGPath;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.geometry.Shape;
import org.referralatlas.geometry.SvgPath;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Point;
import org.referralatlas.model.Side;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class BodyMapViewTest {
    static Atlas atlas;
    BodyMapView map;
    final List<RegionPickEvent> picks = new ArrayList<>();

    @BeforeAll
    static void load() {
        AtlasLoader.Result result = new AtlasLoader().loadBundled();
        assertTrue(result.ok(), () -> result.problems().toString());
        atlas = result.atlas();
    }

    @Start
    void start(Stage stage) {
        map = new BodyMapView(atlas, "posterior");
        map.setOnRegionsPicked(picks::add);
        stage.setScene(new Scene(map, 1000, 800));
        stage.show();
    }

    private BodyMapViewSkin skin() {
        return (BodyMapViewSkin) map.getSkin();
    }

    private Point2D screen(double x, double y) {
        return skin().designToScreen(x, y);
    }

    /** A point inside a path, found on a grid (for regions whose shapes the content engineer owns). */
    private static Point inside(String path) throws Exception {
        Shape s = SvgPath.shape(path, 2000);
        double cx = (s.minX() + s.maxX()) / 2, cy = (s.minY() + s.maxY()) / 2;
        if (s.contains(cx, cy)) {
            return new Point(cx, cy);
        }
        for (double y = s.minY(); y <= s.maxY(); y += 1) {
            for (double x = s.minX(); x <= s.maxX(); x += 1) {
                if (s.contains(x, y)) {
                    return new Point(x, y);
                }
            }
        }
        throw new AssertionError("empty shape");
    }

    /** Pattern nodes on the figure (the legend has swatches with the same style classes). */
    private static int count(FxRobot robot, String selector) {
        return (int) robot.lookup(selector).queryAll().stream().filter(n -> !inLegend(n)).count();
    }

    static boolean inLegend(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p.getStyleClass().contains(BodyMapCss.LEGEND)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hits(Node node, Point2D screenPoint) {
        return node.contains(node.screenToLocal(screenPoint));
    }

    @Test
    void clickingTheUpperTrapeziusSelectsItAndShowsItsZones(FxRobot robot) {
        assertEquals(0, count(robot, ".zone-essential"));
        Node trapezius = robot.lookup("#upper-trapezius").query();
        robot.clickOn(screen(482, 290), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("upper-trapezius", map.getSelectedMuscleId());
        assertTrue(trapezius.getPseudoClassStates().contains(BodyMapCss.SELECTED));
        assertTrue(count(robot, ".zone-essential") > 0, "essential zones drawn");
        assertTrue(count(robot, ".trigger-point") > 0, "trigger points drawn");
        assertTrue(picks.isEmpty(), "a click on a muscle in explore mode picks no region");
    }

    /** A screen point inside a node, found on a grid over its bounds. */
    private static Point2D insideOnScreen(Node node) {
        var b = node.getBoundsInLocal();
        for (double y = b.getMinY() + b.getHeight() / 2; y < b.getMaxY(); y += 1) {
            for (double x = b.getMinX(); x < b.getMaxX(); x += 1) {
                if (node.contains(x, y)) {
                    return node.localToScreen(x, y);
                }
            }
        }
        throw new AssertionError("no point inside " + node);
    }

    @Test
    void thePatternIsDrawnOnTheSideOfTheMuscleClicked(FxRobot robot) {
        robot.interact(() -> map.setViewId("anterior"));
        WaitForAsyncUtils.waitForFxEvents();
        var copies = robot.lookup("." + BodyMapCss.MUSCLE).queryAll().stream()
                .filter(n -> "sternocleidomastoid-sternal".equals(n.getUserData()) && !inLegend(n)).toList();
        Node left = copies.stream().filter(n -> n.getStyleClass().contains(BodyMapCss.MUSCLE_MIRROR)).findFirst().orElseThrow();
        Node right = copies.stream().filter(n -> !n.getStyleClass().contains(BodyMapCss.MUSCLE_MIRROR)).findFirst().orElseThrow();
        double midline = map.localToScreen(map.getLayoutBounds()).getMinX();
        robot.clickOn(insideOnScreen(left), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("sternocleidomastoid-sternal", map.getSelectedMuscleId());
        assertEquals(Side.LEFT, map.getSide(), "the patient's left SCM was clicked");
        double leftMuscleX = left.localToScreen(left.getBoundsInLocal()).getCenterX();
        double rightMuscleX = right.localToScreen(right.getBoundsInLocal()).getCenterX();
        double zonesX = robot.lookup(".zone-essential").queryAll().stream().filter(n -> !inLegend(n))
                .mapToDouble(n -> n.localToScreen(n.getBoundsInLocal()).getCenterX()).average().orElseThrow();
        assertTrue(Math.abs(zonesX - leftMuscleX) < Math.abs(zonesX - rightMuscleX),
                "the zones lie on the clicked muscle's side: " + zonesX + " vs " + leftMuscleX + " / " + rightMuscleX
                        + " (map at " + midline + ")");
        robot.clickOn(insideOnScreen(right), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Side.RIGHT, map.getSide(), "then the patient's right one");
    }

    @Test
    void hoveringNamesTheMuscleAndLooksUnlikeASelection(FxRobot robot) {
        javafx.scene.shape.SVGPath trapezius = robot.lookup("#upper-trapezius").queryAs(javafx.scene.shape.SVGPath.class);
        robot.moveTo(screen(482, 290));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label caption = robot.lookup("#hover-caption").queryAs(javafx.scene.control.Label.class);
        assertTrue(caption.isVisible(), "a name appears for the muscle under the pointer");
        assertTrue(caption.getText().startsWith("Upper trapezius"), caption.getText());
        assertNull(map.getSelectedMuscleId(), "hovering selects nothing");
        assertFalse(trapezius.getStrokeDashArray().isEmpty(), "a hover is dotted");
        robot.clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("upper-trapezius", map.getSelectedMuscleId());
        assertTrue(trapezius.getStrokeDashArray().isEmpty(), "a selection is a solid outline");
        robot.moveTo(map.localToScreen(3, 3));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(caption.isVisible(), "off the muscles, no name");
    }

    private static List<String> keyRows(FxRobot robot) {
        return robot.lookup("." + BodyMapCss.LEGEND + " ." + BodyMapCss.LEGEND_ROW).queryAllAs(KeyRow.class).stream()
                .filter(javafx.scene.Node::isVisible).map(KeyRow::getText).toList();
    }

    @Test
    void thePatientKeySpeaksPlainlyAndDropsTheClinicalRows(FxRobot robot) {
        assertTrue(keyRows(robot).contains("Selected muscle"), keyRows(robot).toString());
        robot.interact(() -> map.setPatientKey(true));
        List<String> rows = keyRows(robot);
        assertTrue(rows.containsAll(List.of("Main pain area", "Pain may also spread here")), rows.toString());
        assertFalse(rows.contains("Selected muscle") || rows.contains("Muscle"), rows.toString());
        robot.interact(() -> map.setPatientKey(false));
        assertTrue(keyRows(robot).contains("Essential pain zone (solid)"), keyRows(robot).toString());
    }

    @Test
    void inPainFinderModeAClickOnTheTempleReportsTheTemple(FxRobot robot) throws Exception {
        robot.interact(() -> {
            map.setViewId("lateral");
            map.setMode(MapMode.PAIN_FINDER);
        });
        String temple = atlas.region("temple").orElseThrow().shapesIn("lateral").get(0);
        Point p = inside(temple);
        robot.clickOn(screen(p.x(), p.y()), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, picks.size());
        assertTrue(picks.get(0).regionIds().contains("temple"), () -> picks.get(0).regionIds().toString());
        assertNotNull(picks.get(0).side());
        assertEquals(null, map.getSelectedMuscleId(), "pain finder does not select muscles");
        robot.interact(() -> map.getChosenRegionIds().addAll(picks.get(0).regionIds()));
        assertTrue(robot.lookup(".pain-region").queryAll().stream()
                .anyMatch(n -> n.getPseudoClassStates().contains(BodyMapCss.CHOSEN)), "chosen region shown");
    }

    @Test
    void zoomAndPanKeepTheMuscleUnderTheSameScreenPoint(FxRobot robot) {
        Node trapezius = robot.lookup("#upper-trapezius").query();
        Point2D before = screen(482, 290);
        assertTrue(hits(trapezius, before));
        robot.moveTo(before).scroll(3, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        if (map.getZoom() == 1) {
            robot.scroll(3, VerticalDirection.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertTrue(map.getZoom() > 1.2, "wheel zoomed in: " + map.getZoom());
        Point2D after = screen(482, 290);
        assertEquals(before.getX(), after.getX(), 1.0);
        assertEquals(before.getY(), after.getY(), 1.0);
        assertTrue(hits(trapezius, before));

        robot.drag(before, MouseButton.PRIMARY).moveBy(40, 25).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Point2D panned = screen(482, 290);
        assertEquals(before.getX() + 40, panned.getX(), 2.0);
        assertEquals(before.getY() + 25, panned.getY(), 2.0);
        assertTrue(hits(trapezius, panned));
        assertEquals(null, map.getSelectedMuscleId(), "a drag is not a click");

        robot.interact(map::resetView);
        assertEquals(1, map.getZoom());
    }

    @Test
    void tabArrowsAndEnterSelectAMuscle(FxRobot robot) {
        robot.clickOn(screen(200, 100), MouseButton.PRIMARY); // beside the head: nothing selectable there
        List<String> order = skin().keyboardOrder();
        assertTrue(order.size() > 3);
        robot.type(KeyCode.TAB);
        assertEquals(order.get(0), map.getCurrentMuscleId());
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.RIGHT);
        assertEquals(order.get(2), map.getCurrentMuscleId());
        SVGPath node = (SVGPath) robot.lookup("#" + order.get(2)).query();
        assertTrue(node.getPseudoClassStates().contains(BodyMapCss.CURRENT));
        robot.type(KeyCode.ENTER);
        assertEquals(order.get(2), map.getSelectedMuscleId());
        robot.type(KeyCode.LEFT);
        assertEquals(order.get(1), map.getCurrentMuscleId());
        robot.type(KeyCode.ESCAPE);
        assertEquals(null, map.getSelectedMuscleId());
    }

    @Test
    void highlightingDimsTheOtherMusclesAndTheLeftSideMirrorsThePattern(FxRobot robot) {
        robot.interact(() -> {
            map.getHighlightedMuscleIds().add("levator-scapulae");
            map.setSelectedMuscleId("upper-trapezius");
        });
        Node upper = robot.lookup("#upper-trapezius").query();
        assertTrue(upper.getPseudoClassStates().contains(BodyMapCss.DIMMED));
        int right = count(robot, ".trigger-point");
        assertTrue(right > 0);
        robot.interact(() -> map.setSide(org.referralatlas.model.Side.BOTH));
        assertEquals(2 * right, count(robot, ".trigger-point"));
        robot.interact(() -> map.setSide(org.referralatlas.model.Side.LEFT));
        Node mark = robot.lookup(".trigger-point").queryAll().stream().filter(n -> !inLegend(n)).findFirst().orElseThrow();
        assertTrue(mark.getParent().localToScene(mark.getBoundsInParent()).getCenterX()
                < upper.localToScene(upper.getBoundsInLocal()).getMinX(), "left-side pattern drawn on the viewer's left");
    }

    @Test
    void aReplacedSkinLetsGoOfTheControl(FxRobot robot) {
        BodyMapViewSkin old = skin();
        robot.interact(() -> {
            map.setSkin(new BodyMapViewSkin(map));
            map.setViewId("anterior");
            map.setSelectedMuscleId("upper-trapezius");
        });
        assertEquals(null, old.getSkinnable(), "old skin disposed");
        assertEquals(1, robot.lookup("#upper-trapezius").queryAll().size(), "only the new skin's nodes");
        assertTrue(count(robot, ".trigger-point") > 0);
    }

    @Test
    void theKeyHidesNothingWhereThereIsRoomAndCanBeHidden(FxRobot robot) {
        var box = atlas.view("posterior").orElseThrow().viewBox();
        Node key = robot.lookup("." + BodyMapCss.LEGEND).query();
        javafx.geometry.Bounds k = key.localToScreen(key.getBoundsInLocal());
        Point2D topLeft = screen(box.x(), box.y());
        Point2D bottomRight = screen(box.x() + box.width(), box.y() + box.height());
        assertTrue(k.getMaxX() <= topLeft.getX() + 1 || k.getMinY() >= bottomRight.getY() - 1,
                "the key " + k + " lies beside or below the figure " + topLeft + " - " + bottomRight);

        robot.interact(() -> map.setLegendVisible(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(key.isVisible());
        javafx.geometry.Bounds control = map.localToScreen(map.getBoundsInLocal());
        double centre = (screen(box.x(), box.y()).getX() + screen(box.x() + box.width(), box.y()).getX()) / 2;
        assertEquals(control.getCenterX(), centre, 1, "without a key the figure is centred in the control");
    }
}
