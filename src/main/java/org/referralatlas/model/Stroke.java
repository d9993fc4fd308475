package org.referralatlas.model;

import java.util.List;

/**
 * One brush (or eraser) drag on a view: the pointer's path in design units, the brush radius, and the
 * intensity it paints. Strokes are kept rather than only the painted cells so that undo is exact and a
 * saved drawing stays small and readable.
 */
public record Stroke(List<Point> points, double radius, Intensity intensity, boolean erase) {
    public Stroke {
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a stroke needs at least one point");
        }
        if (!(radius > 0) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException("a stroke needs a positive radius");
        }
        if (intensity == null) {
            intensity = Intensity.MODERATE;
        }
    }

    public static Stroke paint(List<Point> points, double radius, Intensity intensity) {
        return new Stroke(points, radius, intensity, false);
    }

    public static Stroke eraser(List<Point> points, double radius) {
        return new Stroke(points, radius, Intensity.MODERATE, true);
    }
}
