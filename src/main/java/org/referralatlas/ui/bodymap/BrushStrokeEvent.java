package org.referralatlas.ui.bodymap;

import java.util.List;
import javafx.event.Event;
import javafx.event.EventType;
import org.referralatlas.model.Point;
import org.referralatlas.model.Side;

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
    private final Side shownSide;

    public BrushStrokeEvent(String viewId, List<Point> points, boolean erase, Side shownSide) {
        super(BRUSH_STROKE);
        this.shownSide = shownSide;
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

    /** The side a one-sided (lateral) view shows, LEFT or RIGHT; BOTH for a view that shows both sides. */
    public Side shownSide() {
        return shownSide;
    }

    /** True for the eraser (the control's eraser was on, or the secondary button was dragged). */
    public boolean erase() {
        return erase;
    }
}
