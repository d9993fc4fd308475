package org.referralatlas.ui.bodymap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.transform.Transform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.referralatlas.model.Muscle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Following the selection with {@code zoomToPattern} on: a new selection whose pattern already lies in the
 * frame and fills a good part of it keeps the frame (a teacher stepping through neighbouring muscles sees
 * no jump, and the frame redraws only what changed); one that does not fit, or would be small, is framed
 * anew, so a head muscle keeps the head large and a shoulder pattern shows the arm. The key is hidden, so
 * the frame is the whole control.
 */
@ExtendWith(ApplicationExtension.class)
class StableFramingTest {
    BodyMapView map;

    @Start
    void start(Stage stage) {
        map = new BodyMapView(BodyMapControlTest.ATLAS, "posterior");
        map.setStyle("-atlas-legend-visible: false;");
        map.setZoomToPattern(true);
        stage.setScene(new Scene(map, 900, 700));
        stage.show();
    }

    private void select(FxRobot robot, String id) {
        robot.interact(() -> map.setSelectedMuscleId(id));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The figure's transform into the control: scale and translation. */
    private Transform frame() {
        Node world = map.getChildrenUnmodifiable().get(0);
        return world.getLocalToParentTransform();
    }

    private Bounds shownPattern() {
        return ((BodyMapViewSkin) map.getSkin()).shownPattern();
    }

    private void assertWhollyShown(String id) {
        Bounds b = shownPattern();
        assertNotNull(b, id);
        assertTrue(b.getMinX() >= -0.5 && b.getMinY() >= -0.5 && b.getMaxX() <= map.getWidth() + 0.5
                && b.getMaxY() <= map.getHeight() + 0.5, id + "'s pattern lies in the frame: " + b);
    }

    @Test
    void aNeighbourWhosePatternFitsTheFrameKeepsIt(FxRobot robot) {
        select(robot, "rectus-capitis-posterior-major");
        Transform major = frame();
        assertTrue(map.getZoom() >= 2, "a suboccipital muscle's pattern is framed large: " + map.getZoom());
        select(robot, "rectus-capitis-posterior-minor");
        assertEquals(major, frame(), "the minor's pattern lies in the major's frame: no zoom, no pan");
        assertWhollyShown("rectus-capitis-posterior-minor");
        robot.interact(() -> map.zoomToSelection());
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(major, frame(), "asked for, the zoom onto the pattern centres it as before");
    }

    @Test
    void aPatternThatDoesNotFitIsFramedAnewShowingTheArm(FxRobot robot) {
        select(robot, "upper-trapezius");
        double head = map.getZoom();
        assertTrue(head >= 2, "the upper trapezius' pattern (neck and head) fills the view: zoom " + head);
        select(robot, "subscapularis");
        assertTrue(map.getZoom() < head, "the subscapularis' pattern runs to the wrist: less zoom " + map.getZoom());
        assertWhollyShown("subscapularis");
    }

    @Test
    void aPatternThatWouldBeSmallIsZoomedOnto(FxRobot robot) {
        select(robot, "latissimus-dorsi");
        double back = map.getZoom();
        Transform wide = frame();
        select(robot, "rectus-capitis-posterior-major");
        assertNotEquals(wide, frame());
        assertTrue(map.getZoom() >= 2 && map.getZoom() > back, "a head muscle keeps the head large: " + map.getZoom());
        assertWhollyShown("rectus-capitis-posterior-major");
    }

    @Test
    void aNewViewFramesThePatternAnew(FxRobot robot) {
        select(robot, "upper-trapezius");
        Transform posterior = frame();
        robot.interact(() -> map.setViewId("anterior"));
        WaitForAsyncUtils.waitForFxEvents();
        Transform anterior = frame();
        assertNotEquals(posterior, anterior);
        robot.interact(() -> map.zoomToSelection());
        WaitForAsyncUtils.waitForFxEvents();
        Transform fit = frame();
        // within a pixel: the new view's outlines are measured before their CSS strokes are applied
        assertEquals(fit.getMxx(), anterior.getMxx(), 1e-9, "the new view showed the pattern at a fresh fit's zoom");
        assertEquals(fit.getTx(), anterior.getTx(), 1, "and in its place");
        assertEquals(fit.getTy(), anterior.getTy(), 1, "and in its place");
    }

    /**
     * Through every muscle of the view in the atlas' order: each pattern is shown whole; a kept frame
     * shows it filling at least {@link Viewport#KEEP_FILL} of the frame or at the zoom a fit would give;
     * and most clicks keep the frame (all moved it before).
     */
    @Test
    void steppingThroughTheAtlasShowsEachPatternWholeAndLarge(FxRobot robot) {
        List<String> ids = BodyMapControlTest.ATLAS.muscles().stream().map(Muscle::id).toList();
        int kept = 0, steps = 0;
        Transform before = frame();
        for (String id : ids) {
            select(robot, id);
            Bounds b = shownPattern();
            if (b == null) {
                continue; // nothing of it drawn on this view: nothing to frame
            }
            steps++;
            assertWhollyShown(id);
            Transform now = frame();
            double fill = Math.max(b.getWidth() / map.getWidth(), b.getHeight() / map.getHeight());
            if (now.equals(before)) {
                kept++;
                double zoom = map.getZoom();
                robot.interact(() -> map.zoomToSelection());
                WaitForAsyncUtils.waitForFxEvents();
                assertTrue(fill >= 0.4 || map.getZoom() <= zoom + 1e-9,
                        id + ": a kept frame shows the pattern large (fill " + fill + ") or as large as a fit would");
                now = frame();
            }
            before = now;
        }
        assertTrue(steps > 20, "muscles drawn on the posterior view: " + steps);
        assertTrue(kept >= steps / 4, "the frame kept for " + kept + " of " + steps + " clicks");
    }
}
