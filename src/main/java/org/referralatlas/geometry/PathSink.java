package org.referralatlas.geometry;

/**
 * Receives a parsed SVG path as absolute drawing commands; arcs arrive as cubic Béziers.
 * {@link SvgPathParser} calls it; {@link SvgPath} flattens, {@link SvgPath2D} builds a Java2D path.
 * A sink may refuse (e.g. too many points) by throwing; the parser fills in the position.
 */
interface PathSink {
    void moveTo(double x, double y) throws PathSyntaxException;

    void lineTo(double x, double y) throws PathSyntaxException;

    void quadTo(double x1, double y1, double x, double y) throws PathSyntaxException;

    void cubicTo(double x1, double y1, double x2, double y2, double x, double y) throws PathSyntaxException;

    void closePath() throws PathSyntaxException;
}
