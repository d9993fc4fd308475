package org.referralatlas.ui.bodymap;

import javafx.event.Event;
import javafx.event.EventType;
import org.referralatlas.model.Point;

/**
 * Fired by {@link BodyMapView} in {@link MapMode#QUIZ} for every press and drag of the pointer, at the
 * design point under it in authored (right-side) coordinates: on a figure mirrored for the left side,
 * the pointer is mirrored back, so an answer compares directly with the atlas.
 */
public final class FigurePointerEvent extends Event {
    public static final EventType<FigurePointerEvent> FIGURE_POINTER = new EventType<>(Event.ANY, "FIGURE_POINTER");

    private final Point at;
    private final boolean drag;
    private final boolean secondary;

    public FigurePointerEvent(Point at, boolean drag, boolean secondary) {
        super(FIGURE_POINTER);
        this.at = at;
        this.drag = drag;
        this.secondary = secondary;
    }

    /** The design point under the pointer, authored coordinates. */
    public Point at() {
        return at;
    }

    /** False for the press, true for each move while the button is down. */
    public boolean drag() {
        return drag;
    }

    /** True for the secondary (erase) button. */
    public boolean secondary() {
        return secondary;
    }
}
