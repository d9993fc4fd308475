package org.referralatlas.ui.bodymap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.ZoneKind;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The control's contract: clamps that bindings cannot bypass, styleable properties, what a screen reader hears. */
@ExtendWith(ApplicationExtension.class)
class BodyMapControlTest {
    static final Atlas ATLAS = new AtlasLoader().loadBundled().atlas();
    BodyMapView map;

    @Start
    void start(Stage stage) {
        map = new BodyMapView(ATLAS, "posterior");
        stage.setScene(new Scene(map, 900, 700));
        stage.show();
    }

    @Test
    void boundValuesAreClampedToo(FxRobot robot) {
        SimpleDoubleProperty source = new SimpleDoubleProperty(1000);
        robot.interact(() -> {
            map.brushRadiusProperty().bind(source);
            map.zoomProperty().bind(source);
        });
        assertEquals(MapLimits.MAX_BRUSH, map.getBrushRadius());
        assertEquals(MapLimits.MAX_BRUSH, map.brushRadiusProperty().getValue());
        assertEquals(MapLimits.MAX_ZOOM, map.getZoom());
        robot.interact(() -> source.set(-5));
        assertEquals(MapLimits.MIN_BRUSH, map.getBrushRadius());
        assertEquals(MapLimits.MIN_ZOOM, map.getZoom());
        robot.interact(() -> {
            map.brushRadiusProperty().unbind();
            map.zoomProperty().unbind();
            map.setBrushRadius(0.1);
        });
        assertEquals(MapLimits.MIN_BRUSH, map.getBrushRadius());
    }

    @Test
    void aSelectedPatternIsZoomedToSoAHeadMuscleKeepsTheHeadLarge(FxRobot robot) {
        robot.interact(() -> {
            map.setZoomToPattern(true);
            map.setSelectedMuscleId("upper-trapezius");
        });
        WaitForAsyncUtils.waitForFxEvents();
        double head = map.getZoom();
        assertTrue(head >= 2, "the upper trapezius' pattern (neck and head) fills the view: zoom " + head);
        robot.interact(() -> map.setSelectedMuscleId("subscapularis"));
        WaitForAsyncUtils.waitForFxEvents();
        double arm = map.getZoom();
        assertTrue(arm < head, "the subscapularis' pattern runs from the shoulder to the wrist: less zoom " + arm);
        robot.interact(() -> map.setSelectedMuscleId(null));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, map.getZoom(), 1e-9, "without a selection the whole figure shows");
        robot.interact(() -> {
            map.setZoomToPattern(false);
            map.setSelectedMuscleId("upper-trapezius");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, map.getZoom(), 1e-9, "off, a selection leaves the zoom alone");
    }

    /**
     * A selection made in a pulse's animation step (the tour's timer, a lesson's timeline) is zoomed onto
     * before that pulse's layout, so its one frame shows the pattern framed: the zoom used to come in a
     * runLater after the frame, which drew the whole figure a second time.
     */
    @Test
    void theZoomOntoAPatternComesInTheFrameOfTheSelection(FxRobot robot) throws Exception {
        java.util.List<Double> zoomAfterLayout = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch laidOut = new java.util.concurrent.CountDownLatch(1);
        Runnable record = () -> {
            if ("upper-trapezius".equals(map.getSelectedMuscleId()) && laidOut.getCount() > 0) {
                zoomAfterLayout.add(map.getZoom());
                laidOut.countDown();
            }
        };
        robot.interact(() -> {
            map.setZoomToPattern(true);
            map.getScene().addPostLayoutPulseListener(record);
            new javafx.animation.AnimationTimer() {
                @Override
                public void handle(long now) {
                    map.setSelectedMuscleId("upper-trapezius");
                    stop();
                }
            }.start();
        });
        assertTrue(laidOut.await(5, java.util.concurrent.TimeUnit.SECONDS), "a pulse laid the selection out");
        robot.interact(() -> map.getScene().removePostLayoutPulseListener(record));
        assertTrue(zoomAfterLayout.get(0) >= 2, "zoomed in the selection's own pulse: " + zoomAfterLayout);
    }

    /**
     * A shape that shows nothing has no paint (null), not a transparent one: the software renderer fills
     * and strokes a transparent paint all the same (the invisible pain regions cost a quarter of a
     * figure's frame that way).
     */
    @Test
    void noShapeIsPaintedWithAnInvisiblePaint(FxRobot robot) {
        robot.interact(() -> {
            map.setSelectedMuscleId("upper-trapezius");
            map.applyCss();
        });
        java.util.List<javafx.scene.shape.Shape> shapes = new java.util.ArrayList<>();
        collectShapes(map, shapes);
        assertTrue(shapes.size() > 100, "the figure's shapes: " + shapes.size());
        for (javafx.scene.shape.Shape s : shapes) {
            for (javafx.scene.paint.Paint p : new javafx.scene.paint.Paint[] {s.getFill(), s.getStroke()}) {
                assertFalse(p instanceof javafx.scene.paint.Color c && c.getOpacity() == 0,
                        () -> s.getStyleClass() + " is painted with an invisible colour");
            }
        }
    }

    private static void collectShapes(Node n, java.util.List<javafx.scene.shape.Shape> into) {
        if (n instanceof javafx.scene.shape.Shape s && s.isVisible()) {
            into.add(s);
        }
        if (n instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collectShapes(c, into));
        }
    }

    @Test
    void aThemeSetsTheStyleableProperties(FxRobot robot) {
        assertTrue(map.isLegendVisible());
        robot.interact(() -> {
            map.setStyle("-atlas-legend-visible: false; -atlas-zoom-step: 2;");
            map.applyCss();
        });
        assertFalse(map.isLegendVisible());
        assertEquals(2, map.getZoomStep());
        assertTrue(BodyMapView.getClassCssMetaData().stream().anyMatch(m -> m.getProperty().equals("-atlas-zoom-step")));
        robot.interact(() -> {
            map.setZoom(1);
            map.requestFocus();
        });
        robot.type(KeyCode.EQUALS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, map.getZoom(), 1e-9, "one + press zooms by the theme's step");
    }

    @Test
    void theScreenReaderHearsTheFocusedMuscleAndItsPattern(FxRobot robot) {
        robot.interact(map::requestFocus);
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        String id = map.getCurrentMuscleId();
        assertNotNull(id, "the arrow key moves the keyboard's current muscle");
        AtomicReference<Object> focus = new AtomicReference<>();
        robot.interact(() -> focus.set(map.queryAccessibleAttribute(AccessibleAttribute.FOCUS_ITEM)));
        Node node = (Node) focus.get();
        assertEquals(id, node.getId());
        Muscle muscle = ATLAS.muscle(id).orElseThrow();
        assertEquals(muscle.name(), node.getAccessibleText());
        String essential = muscle.triggerPoints().stream().flatMap(tp -> tp.zones(ZoneKind.ESSENTIAL).stream())
                .flatMap(z -> z.regions().stream()).findFirst()
                .map(r -> ATLAS.region(r).orElseThrow().plainName()).orElseThrow();
        assertTrue(node.getAccessibleHelp().contains(essential), node.getAccessibleHelp() + " / " + essential);
    }
}
