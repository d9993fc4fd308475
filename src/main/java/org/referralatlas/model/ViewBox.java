package org.referralatlas.model;

/** The design-space rectangle of a figure view, as in SVG's {@code viewBox}. */
public record ViewBox(double x, double y, double width, double height) {
    public ViewBox {
        if (!(width > 0 && height > 0)) {
            throw new IllegalArgumentException("view box must have a positive size");
        }
    }

    public boolean contains(Point p) {
        return p.x() >= x && p.x() <= x + width && p.y() >= y && p.y() <= y + height;
    }

    public double aspectRatio() {
        return width / height;
    }
}
