package org.referralatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.referralatlas.query.DrawingRanking;
import org.referralatlas.ui.bodymap.BodyMapView;
import org.referralatlas.ui.bodymap.MapMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** "Draw your pain" end to end in the real main window, headless under Monocle, on the mini atlas. */
@ExtendWith(ApplicationExtension.class)
class BrushFlowTest {
    @RegisterExtension
    static final MainWindowFixture APP = MainWindowFixture.mini("referral-atlas-test-brush");

    @Test
    void paintAcrossTheTempleRanksTheTempleMusclesAndUndoEmptiesThem(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> APP.session().getAtlas() != null);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#mode-pain-finder");
        robot.clickOn("#view-lateral");
        robot.clickOn("#pain-draw");
        BodyMapView map = robot.lookup("#body-map").queryAs(BodyMapView.class);
        assertEquals(MapMode.DRAW, map.getMode());
        assertNull(map.getPaintedCells());

        // The temple in design coordinates, mapped to the screen through a muscle node of the lateral view.
        Node temporalis = robot.lookup("#temporalis").query();
        Point2D from = temporalis.localToScreen(434, 110);
        Point2D via = temporalis.localToScreen(450, 106);
        Point2D to = temporalis.localToScreen(466, 110);
        double zoomBefore = map.getZoom();
        robot.drag(from, MouseButton.PRIMARY).moveTo(via).moveTo(to).drop();
        WaitForAsyncUtils.waitForFxEvents();

        ListView<DrawingRanking.Candidate> candidates = robot.lookup("#drawing-candidates").queryListView();
        assertFalse(candidates.getItems().isEmpty(), "painting the temple gives candidates");
        DrawingRanking.Candidate first = candidates.getItems().get(0);
        assertEquals("temporalis", first.muscle().id());
        assertTrue(first.shareExplained() > 0.8, "share explained " + first.shareExplained());
        assertTrue(robot.lookup("." + Styles.SHARE).queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("explains ") && l.getText().endsWith("of the drawing")),
                "the list shows the share each muscle explains");
        assertNotNull(map.getPaintedCells(), "the figure shows the painted cells");
        assertTrue(map.getPaintedCells().layers().get(1).containsPoint(450, 108), "moderate is the default intensity");
        assertEquals(zoomBefore, map.getZoom(), "a drag paints instead of panning or zooming");
        assertTrue(map.getHighlightedMuscleIds().contains("temporalis"));

        assertEquals(org.referralatlas.model.Side.RIGHT, APP.model().painDrawing().sideOf("lateral"),
                "a lateral view shows the patient's right: the drawing is about the right");
        javafx.scene.shape.SVGPath moderate = robot.lookup("#body-map .pain-drawing .painted-moderate").queryAs(javafx.scene.shape.SVGPath.class);
        assertFalse(moderate.getContent().isEmpty());
        robot.clickOn("#side-left");
        assertTrue(moderate.getContent().isEmpty(), "the patient's left lateral view does not show a right-side drawing");
        robot.clickOn("#side-right");
        assertFalse(moderate.getContent().isEmpty());

        robot.clickOn("#draw-undo");
        assertTrue(candidates.getItems().isEmpty(), "undo empties the ranking");
        assertNull(map.getPaintedCells());

        // Map keys in draw mode: E eraser, B brush, ] larger brush.
        robot.interact(map::requestFocus);
        double radius = map.getBrushRadius();
        robot.type(KeyCode.E);
        assertTrue(robot.lookup("#draw-eraser").queryAs(ToggleButton.class).isSelected());
        robot.type(KeyCode.B);
        assertTrue(robot.lookup("#draw-brush").queryAs(ToggleButton.class).isSelected());
        robot.type(KeyCode.CLOSE_BRACKET);
        assertTrue(map.getBrushRadius() > radius);

        robot.clickOn("#pain-draw");
        assertEquals(MapMode.PAIN_FINDER, map.getMode(), "off again: clicks pick regions");
    }
}
