package org.referralatlas.geometry;

import java.util.List;
import org.referralatlas.model.Point;

/**
 * A filled area made of closed polygons, with the even-odd rule for holes.
 * Used for hit-testing regions, overlap checks and rasterised masks.
 */
public final class Shape {
    private final double[][] xs;
    private final double[][] ys;
    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;

    public Shape(List<List<Point>> polygons) {
        xs = new double[polygons.size()][];
        ys = new double[polygons.size()][];
        double x0 = Double.POSITIVE_INFINITY, y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY, y1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < polygons.size(); i++) {
            List<Point> poly = polygons.get(i);
            xs[i] = new double[poly.size()];
            ys[i] = new double[poly.size()];
            for (int j = 0; j < poly.size(); j++) {
                Point p = poly.get(j);
                xs[i][j] = p.x();
                ys[i][j] = p.y();
                x0 = Math.min(x0, p.x());
                y0 = Math.min(y0, p.y());
                x1 = Math.max(x1, p.x());
                y1 = Math.max(y1, p.y());
            }
        }
        minX = x0;
        minY = y0;
        maxX = x1;
        maxY = y1;
    }

    public boolean isEmpty() {
        return !(maxX > minX && maxY > minY);
    }

    public double minX() { return minX; }

    public double minY() { return minY; }

    public double maxX() { return maxX; }

    public double maxY() { return maxY; }

    /**
     * Sum of the polygons' areas (shoelace formula), ignoring holes: a cheap test for shapes that
     * enclose nothing, such as an open line or a single point, whose area is 0.
     */
    public double area() {
        double total = 0;
        for (int p = 0; p < xs.length; p++) {
            double[] px = xs[p], py = ys[p];
            double twice = 0;
            for (int i = 0, j = px.length - 1; i < px.length; j = i++) {
                twice += (px[j] + px[i]) * (py[j] - py[i]);
            }
            total += Math.abs(twice) / 2;
        }
        return total;
    }

    /** Even-odd containment test. */
    public boolean contains(double x, double y) {
        if (x < minX || x > maxX || y < minY || y > maxY) {
            return false;
        }
        boolean inside = false;
        for (int p = 0; p < xs.length; p++) {
            double[] px = xs[p], py = ys[p];
            int n = px.length;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                if ((py[i] > y) != (py[j] > y)
                        && x < (px[j] - px[i]) * (y - py[i]) / (py[j] - py[i]) + px[i]) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }

    public boolean contains(Point p) {
        return contains(p.x(), p.y());
    }

    /** All polygon vertices, for bounds checks. */
    public boolean allVerticesMatch(java.util.function.BiPredicate<Double, Double> test) {
        for (int p = 0; p < xs.length; p++) {
            for (int i = 0; i < xs[p].length; i++) {
                if (!test.test(xs[p][i], ys[p][i])) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Distance from a point to the nearest polygon edge (0 when inside). */
    public double distanceTo(double x, double y) {
        if (contains(x, y)) {
            return 0;
        }
        double best = Double.POSITIVE_INFINITY;
        for (int p = 0; p < xs.length; p++) {
            double[] px = xs[p], py = ys[p];
            int n = px.length;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                best = Math.min(best, segmentDistance(x, y, px[j], py[j], px[i], py[i]));
            }
        }
        return best;
    }

    private static double segmentDistance(double x, double y, double ax, double ay, double bx, double by) {
        double dx = bx - ax, dy = by - ay;
        double len = dx * dx + dy * dy;
        double t = len == 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len));
        return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
    }
}
