package org.referralatlas.ui.bodymap;

import java.util.ArrayList;
import java.util.List;
import org.referralatlas.model.Point;

/** The brush path of one drag, thinned to points at least half a design unit apart. */
final class BrushDrag {
    private static final double MIN_STEP = 0.5;
    private final List<Point> points = new ArrayList<>();
    private boolean erase;

    void start(Point p, boolean eraseStroke) {
        points.clear();
        points.add(p);
        erase = eraseStroke;
    }

    /** Adds a point unless it is too close to the last; true when added. */
    boolean add(Point p) {
        Point last = points.get(points.size() - 1);
        if (Math.hypot(p.x() - last.x(), p.y() - last.y()) < MIN_STEP) {
            return false;
        }
        points.add(p);
        return true;
    }

    boolean active() {
        return !points.isEmpty();
    }

    boolean erase() {
        return erase;
    }

    List<Point> points() {
        return List.copyOf(points);
    }

    void reset() {
        points.clear();
    }
}
