package org.referralatlas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.referralatlas.ui.FiredEvents.key;
import static org.referralatlas.ui.FiredEvents.wheel;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.referralatlas.TestAtlases;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.model.Layer;
import org.referralatlas.model.Side;
import org.referralatlas.ui.FxThread;
import org.referralatlas.ui.bodymap.BodyMapView;
import org.referralatlas.ui.bodymap.BodyMapViewSkin;
import org.referralatlas.ui.bodymap.MapLimits;
import org.referralatlas.ui.bodymap.MapMode;
import org.referralatlas.ui.figure.FigureBinding;
import org.referralatlas.ui.figure.FigureViewModel;

/**
 * The main window's map bound one way to the {@link FigureViewModel}, without a window or a robot: a
 * change in the view model reaches the map and its skin, a gesture on the map (wheel, keys) ends up in
 * the view model and comes back once, and the map's own state cannot be written around the view model.
 */
class FigureBindingTest {
    private MainViewModel model;
    private FigureViewModel figure;
    private BodyMapView map;

    @BeforeAll
    static void toolkit() {
        FxThread.start();
    }

    private static void fx(Runnable r) {
        FxThread.run(r);
    }

    @BeforeEach
    void bind() {
        Clock clock = Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC);
        AtlasSession session = new AtlasSession(new AtlasLoader(), Runnable::run, Runnable::run);
        model = new MainViewModel(session, clock, FeatureModels.create(clock));
        session.open(TestAtlases.MINI);
        figure = model.figure();
        fx(() -> {
            map = new BodyMapView();
            map.atlasProperty().bind(session.atlasProperty());
            FigureBinding.bind(map, figure);
            map.setSkin(new BodyMapViewSkin(map));
            map.resize(800, 700);
            map.layout();
        });
    }

    /** The scale the skin draws the figure at (fit times zoom). */
    private double drawnScale() {
        Node world = map.getChildrenUnmodifiable().get(0); // the skin's design-space group, under its zoom
        return world.getLocalToParentTransform().getMxx();
    }

    @Test
    void aZoomInTheViewModelReachesTheMapAndItsSkin() {
        double[] fitted = new double[1];
        fx(() -> {
            fitted[0] = drawnScale();
            figure.zoomTo(3);
        });
        fx(() -> {
            assertEquals(3, map.getZoom(), 1e-9);
            assertEquals(3 * fitted[0], drawnScale(), 1e-9, "the skin draws the figure three times larger");
            figure.zoomTo(1);
            assertEquals(fitted[0], drawnScale(), 1e-9);
        });
    }

    @Test
    void aWheelOnTheMapEndsUpInTheViewModelAndStaysClamped() {
        double[] fitted = new double[1];
        fx(() -> {
            fitted[0] = drawnScale();
            Event.fireEvent(map, wheel(40));
            assertTrue(figure.zoomProperty().get() > 1, "one notch in: " + figure.zoomProperty().get());
            assertEquals(figure.zoomProperty().get(), map.getZoom(), 1e-9);
            for (int i = 0; i < 40; i++) {
                Event.fireEvent(map, wheel(40));
            }
            assertEquals(MapLimits.MAX_ZOOM, figure.zoomProperty().get(), 1e-9, "held at the largest zoom");
            assertEquals(MapLimits.MAX_ZOOM * fitted[0], drawnScale(), 1e-9, "and the skin shows that zoom, no more");
            for (int i = 0; i < 60; i++) {
                Event.fireEvent(map, wheel(-40));
            }
            assertEquals(MapLimits.MIN_ZOOM, figure.zoomProperty().get(), 1e-9);
            assertEquals(fitted[0], drawnScale(), 1e-9);
        });
    }

    @Test
    void oneGestureChangesTheViewModelOnceAndComesBackOnce() {
        AtomicInteger vmChanges = new AtomicInteger();
        AtomicInteger mapChanges = new AtomicInteger();
        fx(() -> {
            figure.zoomProperty().addListener((o, a, b) -> vmChanges.incrementAndGet());
            map.zoomProperty().addListener((o, a, b) -> mapChanges.incrementAndGet());
            Event.fireEvent(map, wheel(40));
        });
        assertEquals(1, vmChanges.get(), "no listener feeds the zoom back into itself");
        assertEquals(1, mapChanges.get());

        AtomicInteger selections = new AtomicInteger();
        fx(() -> {
            model.explore().selectedProperty().addListener((o, a, b) -> selections.incrementAndGet());
            map.requestFocus();
            Event.fireEvent(map, key(KeyCode.RIGHT)); // the keyboard's current muscle
            Event.fireEvent(map, key(KeyCode.ENTER)); // selects it
        });
        assertNotNull(map.getCurrentMuscleId());
        assertEquals(map.getCurrentMuscleId(), figure.selectedMuscleIdProperty().get(), "Enter asked the view model");
        assertEquals(map.getCurrentMuscleId(), model.explore().getSelected().id());
        assertEquals(map.getCurrentMuscleId(), map.getSelectedMuscleId(), "and the map shows its answer");
        assertEquals(1, selections.get(), "one selection, not an echo");
        fx(() -> Event.fireEvent(map, key(KeyCode.ESCAPE)));
        assertNull(model.explore().getSelected(), "Escape clears the selection in the view model");
        assertNull(map.getSelectedMuscleId());
    }

    @Test
    void switchingViewSideOrLayerInExploreReachesTheFigure() {
        fx(() -> model.explore().showView("anterior"));
        fx(() -> {
            assertEquals("anterior", map.getViewId());
            assertNotNull(map.lookup("#sternocleidomastoid-sternal"), "the skin rebuilt the anterior figure");
            model.explore().sideProperty().set(Side.LEFT);
            model.explore().layerProperty().set(Layer.DEEP);
            model.explore().selectMuscle("temporalis");
            model.explore().toggleFocus("temporalis-tp1");
        });
        assertEquals(Side.LEFT, map.getSide());
        assertEquals(Layer.DEEP, map.getLayer());
        assertEquals("temporalis", map.getSelectedMuscleId());
        assertEquals(model.explore().focusedTriggerPointProperty().get(), map.getFocusedTriggerPointId());
        assertEquals("anterior", model.painDrawing().viewIdProperty().get(), "the brush paints on the view shown");
    }

    @Test
    void theBrushKeysAskTheViewModelWhichHoldsTheRange() {
        fx(() -> {
            model.toggleDrawing();
            assertEquals(MapMode.DRAW, map.getMode());
            double before = figure.brushRadiusProperty().get();
            Event.fireEvent(map, key(KeyCode.CLOSE_BRACKET));
            assertTrue(figure.brushRadiusProperty().get() > before, "] widens the pain drawing's brush");
            assertEquals(figure.brushRadiusProperty().get(), map.getBrushRadius(), 1e-9);
            for (int i = 0; i < 40; i++) {
                Event.fireEvent(map, key(KeyCode.OPEN_BRACKET));
            }
            assertEquals(MapLimits.MIN_BRUSH, model.painDrawing().brushRadiusProperty().get(), 1e-9);
            Event.fireEvent(map, key(KeyCode.E));
            assertTrue(model.painDrawing().eraserProperty().get(), "E: the eraser, in the view model");
            assertTrue(map.isEraser());
        });
    }

    @Test
    void theMapsStateCannotBeWrittenAroundTheViewModel() {
        fx(() -> {
            assertThrows(RuntimeException.class, () -> map.setZoom(3), "the zoom belongs to the view model");
            assertThrows(RuntimeException.class, () -> map.setSelectedMuscleId("temporalis"));
            assertThrows(RuntimeException.class, () -> map.setViewId("posterior"));
            assertThrows(RuntimeException.class, () -> map.setBrushRadius(10));
        });
    }
}
