package org.referralatlas.ui.bodymap;

import java.util.List;
import javafx.event.Event;
import javafx.event.EventType;
import org.referralatlas.model.Point;

/**
 * Fired by {@link BodyMapView} in {@link MapMode#DRAW} when a brush drag (or a single dab) ends.
 * Points are in the view's design coordinates as shown (for a lateral view showing the left side,
 * the mirrored coordinates the drawing model expects for the left).
 */
public final class BrushStrokeEvent extends Event {
    public static final EventType<BrushStrokeEvent> BRUSH_STROKE = new EventType<>(Event.ANY, "BRUSH_STROKE");

    private final String viewId;
    private final List<Point> points;
    private final boolean erase;

    public BrushStrokeEvent(String viewId, List<Point> points, boolean erase) {
        super(BRUSH_STROKE);
        this.viewId = viewId;
        this.points = List.copyOf(points);
        this.erase = erase;
    }

    public String viewId() {
        return viewId;
    }

    /** The pointer's path, at least one point. */
    public List<Point> points() {
        return points;
    }

    /** True for the eraser (the control's eraser was on, or the secondary button was dragged). */
    public boolean erase() {
        return erase;
    }
}
