package org.referralatlas.ui.bodymap;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.referralatlas.ui.FiredEvents.key;
import static org.referralatlas.ui.FiredEvents.wheel;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.event.Event;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.referralatlas.TestAtlases;
import org.referralatlas.model.Side;
import org.referralatlas.ui.FxThread;

/**
 * The map's side of the one-way flow, without a window: given intents, a gesture goes there and the map
 * changes nothing itself (not even its viewport, until the owner answers); without, the map is its own owner.
 */
class MapIntentsTest {
    private BodyMapView map;
    private final List<String> asked = new ArrayList<>();

    /** Records what the map asks for and answers nothing. */
    private final MapIntents recorder = new MapIntents() {
        @Override public void selectMuscle(String muscleId) { asked.add("select " + muscleId); }
        @Override public void showSide(Side side) { asked.add("side " + side); }
        @Override public void zoomTo(double zoom) { asked.add("zoom " + (zoom > 1 ? "in" : zoom < 1 ? "out" : "1")); }
        @Override public void brushRadius(double radius) { asked.add("brush " + (radius < MapLimits.DEFAULT_BRUSH ? "smaller" : "larger")); }
        @Override public void eraser(boolean on) { asked.add("eraser " + on); }
    };

    @BeforeAll
    static void toolkit() {
        FxThread.start();
    }

    @BeforeEach
    void map() {
        FxThread.run(() -> {
            map = new BodyMapView(TestAtlases.mini(), "posterior");
            map.setSkin(new BodyMapViewSkin(map));
            map.resize(800, 700);
            map.layout();
        });
    }

    private double drawnScale() {
        return map.getChildrenUnmodifiable().get(0).getLocalToParentTransform().getMxx();
    }

    @Test
    void withIntentsEveryGestureIsAskedForAndTheMapChangesNothingItself() {
        FxThread.run(() -> {
            map.setSelectedMuscleId("upper-trapezius");
            map.setIntents(recorder);
            double scale = drawnScale();
            Event.fireEvent(map, wheel(40));
            Event.fireEvent(map, key(KeyCode.EQUALS));
            Event.fireEvent(map, key(KeyCode.DIGIT0));
            Event.fireEvent(map, key(KeyCode.ESCAPE));
            Event.fireEvent(map, key(KeyCode.RIGHT));
            Event.fireEvent(map, key(KeyCode.ENTER));
            map.setMode(MapMode.DRAW);
            Event.fireEvent(map, key(KeyCode.OPEN_BRACKET));
            Event.fireEvent(map, key(KeyCode.E));
            assertEquals(List.of("zoom in", "zoom in", "zoom 1", "select null", "select " + map.getCurrentMuscleId(),
                    "brush smaller", "eraser true"), asked);
            assertEquals("upper-trapezius", map.getSelectedMuscleId(), "the owner did not answer: nothing changed");
            assertEquals(1, map.getZoom());
            assertEquals(scale, drawnScale(), 1e-9, "the viewport follows the owner's zoom, not the gesture");
            assertEquals(MapLimits.DEFAULT_BRUSH, map.getBrushRadius());
            assertFalse(map.isEraser());
        });
    }

    @Test
    void withoutIntentsTheMapIsItsOwnOwner() {
        FxThread.run(() -> {
            map.setSelectedMuscleId("upper-trapezius");
            double scale = drawnScale();
            Event.fireEvent(map, wheel(40));
            assertTrue(map.getZoom() > 1);
            assertEquals(map.getZoom() * scale, drawnScale(), 1e-9);
            Event.fireEvent(map, key(KeyCode.ESCAPE));
            assertNull(map.getSelectedMuscleId());
            map.setMode(MapMode.DRAW);
            for (int i = 0; i < 30; i++) {
                Event.fireEvent(map, key(KeyCode.CLOSE_BRACKET));
            }
            assertEquals(MapLimits.MAX_BRUSH, map.getBrushRadius(), "its own property holds the range");
        });
    }

    @Test
    void aZoomBoundToASourceBelongsToItAndAGestureLeavesIt() {
        SimpleDoubleProperty source = new SimpleDoubleProperty(2);
        FxThread.run(() -> {
            double fitted = drawnScale();
            map.zoomProperty().bind(source);
            assertEquals(2 * fitted, drawnScale(), 1e-9, "the skin shows the source's zoom");
            assertDoesNotThrow(() -> Event.fireEvent(map, wheel(40)));
            assertEquals(2, map.getZoom());
            assertEquals(2 * fitted, drawnScale(), 1e-9);
        });
    }
}
