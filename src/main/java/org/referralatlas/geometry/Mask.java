package org.referralatlas.geometry;

import java.util.Arrays;

/**
 * A set of cells of a {@link MaskGrid}: an area rasterised once, so overlap questions become bit
 * operations. A cell belongs to a rasterised shape when its centre is inside the shape.
 *
 * <p>Mutable (painting and erasing change it in place); the {@code with}/{@code and}/{@code minus}
 * methods return new masks. The mask keeps a conservative range of words that may hold set bits, so
 * operations on small zone masks only visit a few rows instead of the whole 144,000-cell grid: that
 * is what keeps re-ranking after a brush stroke cheap.
 */
public final class Mask {
    private final MaskGrid grid;
    private final long[] words;
    /** Words outside [lo, hi] are zero; the range may be wider than needed (it only grows until cleared). */
    private int lo;
    private int hi;

    public Mask(MaskGrid grid) {
        this.grid = grid;
        this.words = new long[(grid.cells() + 63) >>> 6];
        this.lo = words.length;
        this.hi = -1;
    }

    private Mask(MaskGrid grid, long[] words, int lo, int hi) {
        this.grid = grid;
        this.words = words;
        this.lo = lo;
        this.hi = hi;
    }

    /** Rasterises a shape: the cells whose centre the shape contains. */
    public static Mask of(MaskGrid grid, Shape shape) {
        Mask mask = new Mask(grid);
        mask.add(shape);
        return mask;
    }

    public MaskGrid grid() {
        return grid;
    }

    /** Adds the cells whose centre the shape contains (only the shape's bounds are visited). */
    public Mask add(Shape shape) {
        if (shape.isEmpty()) {
            return this;
        }
        int c0 = grid.column(shape.minX()), c1 = grid.column(shape.maxX());
        int r0 = grid.row(shape.minY()), r1 = grid.row(shape.maxY());
        for (int r = r0; r <= r1; r++) {
            double y = grid.centreY(r);
            for (int c = c0; c <= c1; c++) {
                if (shape.contains(grid.centreX(c), y)) {
                    set(r * grid.columns() + c);
                }
            }
        }
        return this;
    }

    public boolean get(int column, int row) {
        int i = row * grid.columns() + column;
        return (words[i >>> 6] & (1L << i)) != 0;
    }

    /** Whether the cell under a design point is set (false outside the grid). */
    public boolean containsPoint(double x, double y) {
        double fc = (x - grid.minX()) / grid.cellSize(), fr = (y - grid.minY()) / grid.cellSize();
        if (fc < 0 || fr < 0 || fc >= grid.columns() || fr >= grid.rows()) {
            return false;
        }
        return get((int) fc, (int) fr);
    }

    private void set(int i) {
        int w = i >>> 6;
        words[w] |= 1L << i;
        lo = Math.min(lo, w);
        hi = Math.max(hi, w);
    }

    private void clearBit(int i) {
        words[i >>> 6] &= ~(1L << i);
    }

    /**
     * Paints (or, with {@code erase}, clears) the capsule of the given radius around the segment
     * from (x0, y0) to (x1, y1): one brush dab when both ends are equal, a brush drag otherwise.
     * Cells whose centre is within {@code radius} of the segment change.
     */
    public Mask paintSegment(double x0, double y0, double x1, double y1, double radius, boolean erase) {
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
                        clearBit(r * grid.columns() + c);
                    } else {
                        set(r * grid.columns() + c);
                    }
                }
            }
        }
        return this;
    }

    /** Paints a disc (one brush dab). */
    public Mask paintDisc(double x, double y, double radius) {
        return paintSegment(x, y, x, y, radius, false);
    }

    /** Clears a disc (one eraser dab). */
    public Mask eraseDisc(double x, double y, double radius) {
        return paintSegment(x, y, x, y, radius, true);
    }

    public Mask copy() {
        return new Mask(grid, words.clone(), lo, hi);
    }

    public boolean isEmpty() {
        for (int w = lo; w <= hi; w++) {
            if (words[w] != 0) {
                return false;
            }
        }
        return true;
    }

    /** Number of set cells. */
    public int count() {
        int n = 0;
        for (int w = lo; w <= hi; w++) {
            n += Long.bitCount(words[w]);
        }
        return n;
    }

    /** |this ∩ other|, without allocating. */
    public int countAnd(Mask other) {
        check(other);
        int n = 0;
        for (int w = Math.max(lo, other.lo), end = Math.min(hi, other.hi); w <= end; w++) {
            n += Long.bitCount(words[w] & other.words[w]);
        }
        return n;
    }

    /** |this ∩ a ∩ b|, without allocating. */
    public int countAnd(Mask a, Mask b) {
        check(a);
        check(b);
        int n = 0;
        for (int w = Math.max(lo, Math.max(a.lo, b.lo)), end = Math.min(hi, Math.min(a.hi, b.hi)); w <= end; w++) {
            n += Long.bitCount(words[w] & a.words[w] & b.words[w]);
        }
        return n;
    }

    /** In place: this ∪= other. */
    public Mask or(Mask other) {
        check(other);
        for (int w = other.lo; w <= other.hi; w++) {
            words[w] |= other.words[w];
        }
        if (other.lo <= other.hi) {
            lo = Math.min(lo, other.lo);
            hi = Math.max(hi, other.hi);
        }
        return this;
    }

    /** In place: this \= other. */
    public Mask andNot(Mask other) {
        check(other);
        for (int w = Math.max(lo, other.lo), end = Math.min(hi, other.hi); w <= end; w++) {
            words[w] &= ~other.words[w];
        }
        return this;
    }

    /** In place: this ∩= other. */
    public Mask and(Mask other) {
        check(other);
        for (int w = lo; w <= hi; w++) {
            words[w] &= w >= other.lo && w <= other.hi ? other.words[w] : 0L;
        }
        return this;
    }

    public Mask with(Mask other) {
        return copy().or(other);
    }

    public Mask intersection(Mask other) {
        return copy().and(other);
    }

    public Mask minus(Mask other) {
        return copy().andNot(other);
    }

    /** Removes every cell. */
    public Mask clear() {
        Arrays.fill(words, 0L);
        lo = words.length;
        hi = -1;
        return this;
    }

    /** |A ∩ B| / |A ∪ B|; 1 when both are empty (two empty drawings are the same). */
    public static double jaccard(Mask a, Mask b) {
        int and = a.countAnd(b);
        int union = a.count() + b.count() - and;
        return union == 0 ? 1.0 : (double) and / union;
    }

    /**
     * The mirror image about the vertical line {@code x = axisX}: how the atlas turns geometry authored
     * on the patient's right into the left. Exact when {@code 2 * (axisX - minX) / cellSize} is a whole
     * number (true for the bundled views: midlines on even x, 2-unit cells); otherwise a cell maps to the
     * cell under its mirrored centre.
     */
    public Mask mirrored(double axisX) {
        Mask out = new Mask(grid);
        int cols = grid.columns();
        for (int w = lo; w <= hi; w++) {
            long bits = words[w];
            while (bits != 0) {
                int i = (w << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                int r = i / cols, c = i % cols;
                double mx = 2 * axisX - grid.centreX(c);
                int mc = (int) Math.floor((mx - grid.minX()) / grid.cellSize());
                if (mc >= 0 && mc < cols) {
                    out.set(r * cols + mc);
                }
            }
        }
        return out;
    }

    /** Calls the consumer with the column and row of every set cell, row by row. */
    public void forEachCell(CellConsumer consumer) {
        int cols = grid.columns();
        for (int w = lo; w <= hi; w++) {
            long bits = words[w];
            while (bits != 0) {
                int i = (w << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                consumer.accept(i % cols, i / cols);
            }
        }
    }

    /** Receives one cell. */
    @FunctionalInterface
    public interface CellConsumer {
        void accept(int column, int row);
    }

    /**
     * In place: becomes a copy of {@code other}. Lets a caller reuse one scratch mask instead of
     * allocating a grid-sized array per combination it tries; only the words either range covers are touched.
     */
    public Mask assign(Mask other) {
        check(other);
        if (lo <= hi) {
            Arrays.fill(words, lo, hi + 1, 0L);
        }
        if (other.lo <= other.hi) {
            System.arraycopy(other.words, other.lo, words, other.lo, other.hi - other.lo + 1);
        }
        lo = other.lo;
        hi = other.hi;
        return this;
    }

    private void check(Mask other) {
        if (!other.grid.equals(grid)) {
            throw new IllegalArgumentException("masks of different grids");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Mask m && m.grid.equals(grid) && Arrays.equals(m.words, words);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(words);
    }

    @Override
    public String toString() {
        return "Mask[" + count() + " of " + grid.cells() + " cells]";
    }
}
