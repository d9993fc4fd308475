package org.referralatlas.geometry;

import java.awt.geom.Path2D;

/**
 * SVG path data as a Java2D {@link Path2D} that keeps the real curves, for drawing at any resolution
 * without JavaFX (PNG and PDF export). Parsed by the same {@link SvgPathParser} as {@link SvgPath}.
 */
public final class SvgPath2D implements PathSink {
    private final Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);

    private SvgPath2D() {
    }

    /**
     * Builds the path; the even-odd rule matches {@link Shape}'s containment test.
     *
     * @throws PathSyntaxException when the data is not valid SVG path syntax
     */
    public static Path2D.Double parse(String data) throws PathSyntaxException {
        SvgPath2D sink = new SvgPath2D();
        SvgPathParser.parse(data, sink);
        return sink.path;
    }

    @Override
    public void moveTo(double x, double y) {
        path.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        path.lineTo(x, y);
    }

    @Override
    public void quadTo(double x1, double y1, double x, double y) {
        path.quadTo(x1, y1, x, y);
    }

    @Override
    public void cubicTo(double x1, double y1, double x2, double y2, double x, double y) {
        path.curveTo(x1, y1, x2, y2, x, y);
    }

    @Override
    public void closePath() {
        path.closePath();
    }
}
