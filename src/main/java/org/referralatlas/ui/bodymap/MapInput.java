package org.referralatlas.ui.bodymap;

import java.util.List;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import org.referralatlas.model.Point;

/**
 * Mouse, touch and keyboard for the body map. A click on a muscle selects it (explore mode); a click
 * elsewhere, or any click in pain-finder mode, fires a {@link RegionPickEvent} with the pain regions under
 * the pointer. Wheel, pinch, +/- and double-click zoom about the pointer; drag pans; 0 or Home resets.
 * Tab and the arrow keys move the keyboard's current muscle, Enter or Space selects it, Escape clears the
 * selection. In {@link MapMode#DRAW} a drag paints instead of panning and ends with a
 * {@link BrushStrokeEvent} (secondary button: erase); B brush, E eraser, [ and ] brush size; the drawing
 * is shown from the control's painted cells in an overlay. In {@link MapMode#QUIZ} the map is the plain
 * figure a student answers on: each press and drag fires a {@link FigurePointerEvent}.
 *
 * <p>What a gesture changes (selection, side, zoom, brush, eraser) is asked of the control's
 * {@link MapIntents}, never written here: the map shows it once its owner has it.
 */
final class MapInput {
    private static final double WHEEL_STEP = 1.15;
    private static final double BRUSH_STEP = 1.25;
    private static final double DRAG_SLOP = 3;

    private final BodyMapView control;
    private final BodyMapViewSkin skin;
    private double lastX;
    private double lastY;
    private boolean dragged;

    private final BrushDrag brush = new BrushDrag();
    /** Every handler the map installs, so that install and uninstall cannot drift apart. */
    private final List<EventHook<?>> hooks;

    MapInput(BodyMapView control, BodyMapViewSkin skin) {
        this.control = control;
        this.skin = skin;
        EventHandler<MouseEvent> moved = this::onMoved;
        hooks = List.of(new EventHook<>(MouseEvent.MOUSE_PRESSED, this::onPressed, false),
                new EventHook<>(MouseEvent.MOUSE_DRAGGED, this::onDragged, false),
                new EventHook<>(MouseEvent.MOUSE_CLICKED, this::onClicked, false),
                new EventHook<>(MouseEvent.MOUSE_RELEASED, this::onReleased, false),
                new EventHook<>(MouseEvent.MOUSE_MOVED, moved, false),
                new EventHook<>(MouseEvent.MOUSE_EXITED, moved, false),
                new EventHook<>(ScrollEvent.SCROLL, this::onScroll, false),
                new EventHook<>(ZoomEvent.ZOOM, this::onPinch, false),
                new EventHook<>(KeyEvent.KEY_PRESSED, this::onKey, true));
    }

    void install() {
        hooks.forEach(h -> h.install(control));
    }

    void uninstall() {
        hooks.forEach(h -> h.uninstall(control));
    }

    private void onPressed(MouseEvent e) {
        control.requestFocus();
        if (quiz()) {
            answer(e, false);
            return;
        }
        lastX = e.getX();
        lastY = e.getY();
        dragged = false;
        if (drawing() && e.getButton() != MouseButton.MIDDLE) {
            brush.start(skin.shownPoint(e.getSceneX(), e.getSceneY()),
                    control.isEraser() || e.getButton() == MouseButton.SECONDARY);
            skin.drawingLayer().preview(brush.points(), control.getBrushRadius(), brush.erase());
            skin.drawingLayer().cursor(null, 0, false);
        }
    }

    private boolean drawing() {
        return control.getMode() == MapMode.DRAW;
    }

    private boolean quiz() {
        return control.getMode() == MapMode.QUIZ;
    }

    /** In a quiz every press and drag goes to the application, at the authored design point under the pointer. */
    private void answer(MouseEvent e, boolean drag) {
        Point at = skin.designPoint(e.getSceneX(), e.getSceneY());
        if (at != null) {
            control.fireEvent(new FigurePointerEvent(at, drag, e.getButton() == MouseButton.SECONDARY));
        }
        e.consume();
    }

    /** In draw mode the brush's outline follows the pointer; it hides when the pointer leaves the map. */
    private void onMoved(MouseEvent e) {
        boolean show = drawing() && e.getEventType() == MouseEvent.MOUSE_MOVED;
        skin.drawingLayer().cursor(show ? skin.shownPoint(e.getSceneX(), e.getSceneY()) : null,
                control.getBrushRadius(), control.isEraser());
        // Which muscle the pointer is over, by name (in draw mode the brush, not a muscle, is under it).
        skin.showHovered(drawing() || e.getEventType() != MouseEvent.MOUSE_MOVED ? null : muscleNodeAt(e));
    }

    private static Node muscleNodeAt(MouseEvent e) {
        for (Node n = e.getPickResult().getIntersectedNode(); n != null; n = n.getParent()) {
            if (n.getStyleClass().contains(BodyMapCss.MUSCLE)) {
                return n;
            }
        }
        return null;
    }

    /** Ends a brush drag: the stroke goes to the application, which paints and ranks it. */
    private void onReleased(MouseEvent e) {
        if (!brush.active()) {
            return;
        }
        String viewId = skin.shownViewId();
        var points = brush.points();
        boolean erase = brush.erase();
        brush.reset();
        skin.drawingLayer().endPreview();
        if (viewId != null) {
            control.fireEvent(new BrushStrokeEvent(viewId, points, erase, skin.shownSide()));
        }
        e.consume();
    }

    private void onDragged(MouseEvent e) {
        if (quiz()) {
            answer(e, true);
            return;
        }
        if (brush.active()) {
            if (brush.add(skin.shownPoint(e.getSceneX(), e.getSceneY()))) {
                skin.drawingLayer().preview(brush.points(), control.getBrushRadius(), brush.erase());
            }
            dragged = true;
            e.consume();
            return;
        }
        double dx = e.getX() - lastX;
        double dy = e.getY() - lastY;
        if (!dragged && Math.hypot(dx, dy) < DRAG_SLOP) {
            return;
        }
        dragged = true;
        skin.panBy(dx, dy);
        lastX = e.getX();
        lastY = e.getY();
    }

    private void onClicked(MouseEvent e) {
        if (drawing() || quiz()) {
            e.consume(); // a click is a brush dab, reported on release
            return;
        }
        if (dragged || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (e.getClickCount() == 2) {
            skin.zoomAbout(control.getZoom() * 2, e.getX(), e.getY());
            return;
        }
        String muscle = muscleAt(e);
        if (control.getMode() == MapMode.EXPLORE && muscle != null) {
            followClickedSide(e);
            control.intents().selectMuscle(muscle);
            control.setCurrentMuscleId(muscle);
            return;
        }
        RegionPickEvent pick = skin.pick(e.getSceneX(), e.getSceneY());
        if (pick != null) {
            control.fireEvent(pick);
        }
    }

    /**
     * In a view that shows both sides, the pattern is drawn on the side of the muscle clicked: the
     * mirrored copy is the patient's left. A profile view shows one side already; "both" stays both.
     */
    private void followClickedSide(MouseEvent e) {
        if (skin.shownSide() != org.referralatlas.model.Side.BOTH || control.getSide() == org.referralatlas.model.Side.BOTH) {
            return;
        }
        for (Node n = e.getPickResult().getIntersectedNode(); n != null; n = n.getParent()) {
            if (n.getStyleClass().contains(BodyMapCss.MUSCLE)) {
                control.intents().showSide(n.getStyleClass().contains(BodyMapCss.MUSCLE_MIRROR)
                        ? org.referralatlas.model.Side.LEFT : org.referralatlas.model.Side.RIGHT);
                return;
            }
        }
    }

    private static String muscleAt(MouseEvent e) {
        Node n = e.getPickResult().getIntersectedNode();
        while (n != null) {
            if (n.getStyleClass().contains(BodyMapCss.MUSCLE) && n.getUserData() instanceof String id) {
                return id;
            }
            n = n.getParent();
        }
        return null;
    }

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() == 0 || e.isInertia() || quiz()) {
            return;
        }
        double factor = e.getDeltaY() > 0 ? WHEEL_STEP : 1 / WHEEL_STEP;
        skin.zoomAbout(control.getZoom() * factor, e.getX(), e.getY());
        e.consume();
    }

    private void onPinch(ZoomEvent e) {
        if (quiz()) {
            return;
        }
        skin.zoomAbout(control.getZoom() * e.getZoomFactor(), e.getX(), e.getY());
        e.consume();
    }

    private void onKey(KeyEvent e) {
        if (quiz()) {
            return; // the quiz's keys (arrows move its cursor, Space paints) belong to the quiz screen
        }
        KeyCode code = e.getCode();
        double cx = control.getWidth() / 2;
        double cy = control.getHeight() / 2;
        switch (code) {
            case PLUS, ADD, EQUALS -> skin.zoomAbout(control.getZoom() * control.getZoomStep(), cx, cy);
            case MINUS, SUBTRACT -> skin.zoomAbout(control.getZoom() / control.getZoomStep(), cx, cy);
            case DIGIT0, NUMPAD0, HOME -> skin.resetViewport();
            case TAB -> {
                if (!step(e.isShiftDown() ? -1 : 1, false)) {
                    return;
                }
            }
            case RIGHT, DOWN -> step(1, true);
            case LEFT, UP -> step(-1, true);
            case ENTER, SPACE -> {
                if (control.getCurrentMuscleId() != null) {
                    control.intents().selectMuscle(control.getCurrentMuscleId());
                }
            }
            case ESCAPE -> control.intents().selectMuscle(null);
            case B, E, OPEN_BRACKET, CLOSE_BRACKET -> {
                if (!drawing() || e.isShortcutDown() || e.isAltDown()) {
                    return;
                }
                switch (code) {
                    case B -> control.intents().eraser(false);
                    case E -> control.intents().eraser(true);
                    case OPEN_BRACKET -> control.intents().brushRadius(control.getBrushRadius() / BRUSH_STEP);
                    default -> control.intents().brushRadius(control.getBrushRadius() * BRUSH_STEP);
                }
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    /**
     * Moves the keyboard's current muscle. Arrow keys wrap around; Tab stops at the ends so that
     * focus can leave the map (returns false: the event goes on to focus traversal).
     */
    private boolean step(int delta, boolean wrap) {
        List<String> order = skin.keyboardOrder();
        if (order.isEmpty()) {
            return false;
        }
        int i = control.getCurrentMuscleId() == null ? -1 : order.indexOf(control.getCurrentMuscleId());
        int next = i < 0 ? (delta > 0 ? 0 : order.size() - 1) : i + delta;
        if (next < 0 || next >= order.size()) {
            if (!wrap) {
                control.setCurrentMuscleId(null);
                return false;
            }
            next = Math.floorMod(next, order.size());
        }
        control.setCurrentMuscleId(order.get(next));
        return true;
    }
}
