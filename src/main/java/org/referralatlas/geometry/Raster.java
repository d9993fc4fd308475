package org.referralatlas.geometry;

/** Scan conversion for {@link Mask}: which cells a shape or a brush capsule covers (by cell centre). */
final class Raster {
    private Raster() {
    }

    /** Sets the cells whose centre the shape contains; only the shape's bounds are visited. */
    static void shape(Mask mask, Shape shape) {
        if (shape.isEmpty()) {
            return;
        }
        MaskGrid grid = mask.grid();
        int c0 = grid.column(shape.minX()), c1 = grid.column(shape.maxX());
        int r0 = grid.row(shape.minY()), r1 = grid.row(shape.maxY());
        for (int r = r0; r <= r1; r++) {
            double y = grid.centreY(r);
            for (int c = c0; c <= c1; c++) {
                if (shape.contains(grid.centreX(c), y)) {
                    mask.set(r * grid.columns() + c);
                }
            }
        }
    }

    /** Sets (or clears) the cells whose centre lies within {@code radius} of the segment. */
    static void capsule(Mask mask, double x0, double y0, double x1, double y1, double radius, boolean erase) {
        MaskGrid grid = mask.grid();
        int c0 = grid.column(Math.min(x0, x1) - radius), c1 = grid.column(Math.max(x0, x1) + radius);
        int r0 = grid.row(Math.min(y0, y1) - radius), r1 = grid.row(Math.max(y0, y1) + radius);
        double dx = x1 - x0, dy = y1 - y0, len2 = dx * dx + dy * dy, rr = radius * radius;
        for (int r = r0; r <= r1; r++) {
            double y = grid.centreY(r);
            for (int c = c0; c <= c1; c++) {
                double x = grid.centreX(c);
                double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / len2));
                double ex = x - (x0 + t * dx), ey = y - (y0 + t * dy);
                if (ex * ex + ey * ey <= rr) {
                    if (erase) {
                        mask.clearBit(r * grid.columns() + c);
                    } else {
                        mask.set(r * grid.columns() + c);
                    }
                }
            }
        }
    }
}
