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

    /**
     * Sets (or clears) the cells whose centre lies within {@code radius} of the segment. Row by row:
     * the capsule is convex, so its cells in a row are one run, found from the capsule's exact span
     * on the row's centre line (checked at both ends with the per-cell test) and filled a word at a
     * time. The cost is the rows crossed plus the words filled, not the cells of the bounding box:
     * a hostile drawing of wide brushes and long strokes stays linear in its points.
     */
    static void capsule(Mask mask, double x0, double y0, double x1, double y1, double radius, boolean erase) {
        MaskGrid grid = mask.grid();
        int r0 = grid.row(Math.min(y0, y1) - radius), r1 = grid.row(Math.max(y0, y1) + radius);
        Capsule capsule = new Capsule(x0, y0, x1, y1, radius);
        for (int r = r0; r <= r1; r++) {
            double y = grid.centreY(r);
            double[] span = capsule.span(y);
            if (span == null) {
                continue;
            }
            int first = Math.max(0, (int) Math.ceil((span[0] - grid.minX()) / grid.cellSize() - 0.5));
            int last = Math.min(grid.columns() - 1, (int) Math.floor((span[1] - grid.minX()) / grid.cellSize() - 0.5));
            while (first <= last && !capsule.covers(grid.centreX(first), y)) {
                first++;
            }
            while (last >= first && !capsule.covers(grid.centreX(last), y)) {
                last--;
            }
            if (first <= last) {
                mask.setRange(r * grid.columns() + first, r * grid.columns() + last, erase);
            }
        }
    }

    /** The points within a radius of a segment. */
    private record Capsule(double x0, double y0, double x1, double y1, double radius) {
        boolean covers(double x, double y) {
            double dx = x1 - x0, dy = y1 - y0, len2 = dx * dx + dy * dy;
            double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / len2));
            double ex = x - (x0 + t * dx), ey = y - (y0 + t * dy);
            return ex * ex + ey * ey <= radius * radius;
        }

        /**
         * The x interval of the capsule on the line at {@code y}, with the radius a hair larger so
         * that rounding never loses a cell the exact test keeps; null when the line misses it.
         */
        double[] span(double y) {
            double big = radius * (1 + 1e-9) + 1e-9;
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (double[] end : new double[][] {{x0, y0}, {x1, y1}}) {
                double h = big * big - (y - end[1]) * (y - end[1]);
                if (h >= 0) {
                    double s = Math.sqrt(h);
                    lo = Math.min(lo, end[0] - s);
                    hi = Math.max(hi, end[0] + s);
                }
            }
            double dx = x1 - x0, dy = y1 - y0, len2 = dx * dx + dy * dy;
            if (len2 > 0) {
                // Between the end caps: 0 <= (p - a).d <= |d|^2 and |(p - a) x d| <= r |d|, both linear in x.
                double[] along = between(dx, -(y - y0) * dy, len2 - (y - y0) * dy, x0);
                double reach = big * Math.sqrt(len2);
                double[] across = between(dy, (y - y0) * dx - reach, (y - y0) * dx + reach, x0);
                if (along != null && across != null) {
                    double a = Math.max(along[0], across[0]), b = Math.min(along[1], across[1]);
                    if (a <= b) {
                        lo = Math.min(lo, a);
                        hi = Math.max(hi, b);
                    }
                }
            }
            return lo <= hi ? new double[] {lo, hi} : null;
        }

        /** The x with {@code from <= (x - origin) * k <= to}: an interval, all x, or null for none. */
        private static double[] between(double k, double from, double to, double origin) {
            if (k == 0) {
                return from <= 0 && 0 <= to ? new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY} : null;
            }
            double a = origin + from / k, b = origin + to / k;
            return new double[] {Math.min(a, b), Math.max(a, b)};
        }
    }
}
