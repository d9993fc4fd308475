package org.referralatlas.geometry;

import java.util.ArrayList;
import java.util.List;
import org.referralatlas.model.Point;

/**
 * SVG path data flattened into polylines, for hit-testing, area and overlap computations
 * ({@link Shape}); the UI draws the original path data. Curves become short straight segments.
 */
public final class SvgPath implements PathSink {
    /** Segments per curve when flattening. */
    private static final int CURVE_STEPS = 12;

    private final int maxPoints;
    private final List<List<Point>> subpaths = new ArrayList<>();
    private List<Point> current;
    private int pointCount;
    private double cx;
    private double cy;

    private SvgPath(int maxPoints) {
        this.maxPoints = maxPoints;
    }

    /**
     * Flattens path data into subpaths of points.
     *
     * @param maxPoints bound on the number of flattened points, against hostile input
     * @throws PathSyntaxException when the data is not valid SVG path syntax or has too many points
     */
    public static List<List<Point>> flatten(String data, int maxPoints) throws PathSyntaxException {
        SvgPath sink = new SvgPath(maxPoints);
        SvgPathParser.parse(data, sink);
        return sink.subpaths;
    }

    /** Flattens path data into a {@link Shape} of closed polygons. */
    public static Shape shape(String data, int maxPoints) throws PathSyntaxException {
        return new Shape(flatten(data, maxPoints));
    }

    @Override
    public void moveTo(double x, double y) throws PathSyntaxException {
        current = new ArrayList<>();
        subpaths.add(current);
        add(x, y);
    }

    @Override
    public void lineTo(double x, double y) throws PathSyntaxException {
        add(x, y);
    }

    @Override
    public void quadTo(double x1, double y1, double x, double y) throws PathSyntaxException {
        double x0 = cx, y0 = cy;
        for (int i = 1; i <= CURVE_STEPS; i++) {
            double t = (double) i / CURVE_STEPS, u = 1 - t;
            add(u * u * x0 + 2 * u * t * x1 + t * t * x, u * u * y0 + 2 * u * t * y1 + t * t * y);
        }
    }

    @Override
    public void cubicTo(double x1, double y1, double x2, double y2, double x, double y) throws PathSyntaxException {
        double x0 = cx, y0 = cy;
        for (int i = 1; i <= CURVE_STEPS; i++) {
            double t = (double) i / CURVE_STEPS, u = 1 - t;
            add(u * u * u * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x,
                    u * u * u * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y);
        }
    }

    @Override
    public void closePath() throws PathSyntaxException {
        if (current != null && !current.isEmpty()) {
            add(current.get(0).x(), current.get(0).y());
        }
    }

    private void add(double x, double y) throws PathSyntaxException {
        if (++pointCount > maxPoints) {
            throw PathSyntaxException.tooManyPoints(maxPoints, -1);
        }
        current.add(new Point(x, y));
        cx = x;
        cy = y;
    }
}
