package org.referralatlas.model;

/** A point in a figure view's design space (x to the right, y downward). */
public record Point(double x, double y) {
    public Point mirroredAbout(double axisX) {
        return new Point(2 * axisX - x, y);
    }

    public double distanceTo(Point other) {
        return Math.hypot(x - other.x, y - other.y);
    }
}
