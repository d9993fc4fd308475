package org.referralatlas.geometry;

import java.util.ArrayList;
import java.util.List;
import org.referralatlas.model.Point;

/**
 * Whether open lines (a muscle's fibres) lie within a closed outline: every point along them, a
 * sample at least every {@link #STEP} design units, inside the outline (even-odd) or no farther from
 * it than a tolerance. Fibres cut to their muscle by the figure generator pass with a tolerance of a
 * fraction of a unit, and need no clip where they are drawn. The outline's edges are kept in
 * horizontal bands, so a sample meets only the few edges at its height (a whole atlas' fibres, some
 * 10^5 samples, in tens of milliseconds).
 */
public final class LinesWithin {
    /** Design units between samples along a straight piece of a line. */
    static final double STEP = 2.0;
    private static final double BAND = 4.0;

    private final Shape shape;
    private final double minY;
    /** Per band, the edges (x0, y0, x1, y1) that reach into it. */
    private final List<List<double[]>> bands = new ArrayList<>();

    private LinesWithin(List<List<Point>> polygons) {
        shape = new Shape(polygons);
        minY = shape.minY();
        int count = shape.isEmpty() ? 0 : (int) ((shape.maxY() - minY) / BAND) + 1;
        for (int i = 0; i < count; i++) {
            bands.add(new ArrayList<>());
        }
        for (List<Point> poly : polygons) {
            for (int i = 0, j = poly.size() - 1; i < poly.size(); j = i++) {
                Point a = poly.get(j), b = poly.get(i);
                if (a.y() != b.y() && count > 0) {
                    for (int k = band(Math.min(a.y(), b.y())); k <= band(Math.max(a.y(), b.y())); k++) {
                        bands.get(k).add(new double[] {a.x(), a.y(), b.x(), b.y()});
                    }
                }
            }
        }
    }

    private int band(double y) {
        return Math.max(0, Math.min(bands.size() - 1, (int) ((y - minY) / BAND)));
    }

    /** Even-odd, as {@link Shape#contains} but with the edges of the point's band only. */
    private boolean contains(double x, double y) {
        if (bands.isEmpty() || y < minY || y > shape.maxY() || x < shape.minX() || x > shape.maxX()) {
            return false;
        }
        boolean inside = false;
        for (double[] e : bands.get(band(y))) {
            if ((e[1] > y) != (e[3] > y) && x < (e[2] - e[0]) * (y - e[1]) / (e[3] - e[1]) + e[0]) {
                inside = !inside;
            }
        }
        return inside;
    }

    /** False too for path data that does not parse or has more than {@code maxPoints} points. */
    public static boolean test(String lines, String outline, double tolerance, int maxPoints) {
        try {
            LinesWithin within = new LinesWithin(SvgPath.flatten(outline, maxPoints));
            for (List<Point> line : SvgPath.flatten(lines, maxPoints)) {
                for (int i = 0; i < line.size(); i++) {
                    Point b = line.get(i);
                    Point a = i == 0 ? b : line.get(i - 1);
                    int steps = Math.max(1, (int) Math.ceil(Math.hypot(b.x() - a.x(), b.y() - a.y()) / STEP));
                    for (int k = i == 0 ? steps : 1; k <= steps; k++) {
                        double x = a.x() + (b.x() - a.x()) * k / steps, y = a.y() + (b.y() - a.y()) * k / steps;
                        if (!within.contains(x, y) && within.shape.distanceTo(x, y) > tolerance) {
                            return false;
                        }
                    }
                }
            }
            return true;
        } catch (PathSyntaxException e) {
            return false;
        }
    }
}
