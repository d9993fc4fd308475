package org.referralatlas.geometry;

import java.util.Arrays;

/**
 * A set of cells of a {@link MaskGrid}: an area rasterised once, so overlap questions become bit
 * operations. A cell belongs to a rasterised shape when its centre is inside the shape.
 *
 * <p>Mutable (painting and erasing change it in place) until {@link #freeze() frozen}; {@code with},
 * {@code intersection} and {@code minus} return new masks. A mask keeps a conservative range of words
 * that may hold set bits, and a frozen one the list of its non-zero words, so operations on small zone
 * masks visit a few dozen words instead of the whole 144,000-cell grid: that is what keeps re-ranking
 * after a brush stroke cheap.
 */
public final class Mask {
    private final MaskGrid grid;
    final long[] words;
    /** Words outside [lo, hi] are zero; the range may be wider than needed (it only grows until cleared). */
    int lo;
    int hi;
    /** Indices of the non-zero words once {@link #freeze() frozen}; null while the mask may change. */
    int[] nonZero;

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

    /**
     * Makes the mask read-only and indexes its non-zero words. Operations with a frozen operand visit
     * only those words: a referral zone covers a few dozen words of the grid's 2,250, which is what keeps
     * ranking 37 muscles on both sides and three views within a frame. Returns this mask.
     */
    public Mask freeze() {
        if (nonZero == null) {
            nonZero = java.util.stream.IntStream.rangeClosed(lo, hi).filter(w -> words[w] != 0).toArray();
        }
        return this;
    }

    public boolean isFrozen() {
        return nonZero != null;
    }

    private void mutable() {
        if (nonZero != null) {
            throw new IllegalStateException("a frozen mask cannot change");
        }
    }

    /** Adds the cells whose centre the shape contains (only the shape's bounds are visited). */
    public Mask add(Shape shape) {
        Raster.shape(this, shape);
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

    void set(int i) {
        mutable();
        int w = i >>> 6;
        words[w] |= 1L << i;
        lo = Math.min(lo, w);
        hi = Math.max(hi, w);
    }

    void clearBit(int i) {
        mutable();
        words[i >>> 6] &= ~(1L << i);
    }

    /** Sets (or clears) cells {@code from} to {@code to}, both included, a word at a time. */
    void setRange(int from, int to, boolean clear) {
        mutable();
        int w0 = from >>> 6, w1 = to >>> 6;
        for (int w = w0; w <= w1; w++) {
            long bits = -1L;
            if (w == w0) {
                bits &= -1L << from;
            }
            if (w == w1) {
                bits &= -1L >>> (63 - (to & 63));
            }
            if (clear) {
                words[w] &= ~bits;
            } else {
                words[w] |= bits;
            }
        }
        if (!clear) {
            lo = Math.min(lo, w0);
            hi = Math.max(hi, w1);
        }
    }

    /**
     * Paints (or, with {@code erase}, clears) the capsule of the given radius around the segment
     * from (x0, y0) to (x1, y1): one brush dab when both ends are equal, a brush drag otherwise.
     * Cells whose centre is within {@code radius} of the segment change.
     */
    public Mask paintSegment(double x0, double y0, double x1, double y1, double radius, boolean erase) {
        Raster.capsule(this, x0, y0, x1, y1, radius, erase);
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
        return MaskWords.countAnd(this, other);
    }

    /**
     * Σ<sub>i</sub> weights[i] · |layers[i] ∩ this| in one pass over this mask's words: an intensity-weighted
     * overlap with a drawing stored as one mask per intensity, {@code union} being the union of the layers
     * (most words of a zone are not drawn on; one load tells).
     */
    public long weightedAnd(Mask union, Mask[] layers, int[] weights) {
        return MaskWords.weightedAnd(this, union, layers, weights);
    }

    /** In place: this ∪= other. */
    public Mask or(Mask other) {
        check(other);
        mutable();
        return MaskWords.or(this, other);
    }

    /** In place: this \= other. */
    public Mask andNot(Mask other) {
        check(other);
        mutable();
        return MaskWords.andNot(this, other);
    }

    /** In place: this ∩= other. */
    public Mask and(Mask other) {
        check(other);
        mutable();
        return MaskWords.and(this, other);
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
        mutable();
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
        forEachCell((c, r) -> {
            int mc = (int) Math.floor((2 * axisX - grid.centreX(c) - grid.minX()) / grid.cellSize());
            if (mc >= 0 && mc < grid.columns()) {
                out.set(r * grid.columns() + mc);
            }
        });
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

    /**
     * Calls the consumer once per horizontal run of set cells (row, first and last column), row by row: the
     * few rectangles that draw a mask on screen or on paper.
     */
    public void forEachRun(RunConsumer consumer) {
        int[] run = {-1, -1, -1}; // row, first column, last column
        forEachCell((c, r) -> {
            if (r == run[0] && c == run[2] + 1) {
                run[2] = c;
                return;
            }
            if (run[0] >= 0) {
                consumer.accept(run[0], run[1], run[2]);
            }
            run[0] = r;
            run[1] = c;
            run[2] = c;
        });
        if (run[0] >= 0) {
            consumer.accept(run[0], run[1], run[2]);
        }
    }

    /** A run of set cells in one row. */
    @FunctionalInterface
    public interface RunConsumer {
        void accept(int row, int firstColumn, int lastColumn);
    }

    /** Calls the consumer with the index and bits of every non-zero word (bit b of word w is cell 64w + b). */
    public void forEachWord(WordConsumer consumer) {
        if (nonZero != null) {
            for (int w : nonZero) {
                consumer.accept(w, words[w]);
            }
            return;
        }
        for (int w = lo; w <= hi; w++) {
            if (words[w] != 0) {
                consumer.accept(w, words[w]);
            }
        }
    }

    /** The bits of word {@code w} (cells 64w to 64w + 63, row-major). */
    public long word(int w) {
        return words[w];
    }

    /**
     * In place: becomes a copy of {@code other}. Lets a caller reuse one scratch mask instead of
     * allocating a grid-sized array per combination it tries; only the words either range covers are touched.
     */
    public Mask assign(Mask other) {
        check(other);
        mutable();
        return MaskWords.assign(this, other);
    }

    /** Receives one non-zero word. */
    @FunctionalInterface
    public interface WordConsumer { void accept(int word, long bits); }

    /** Receives one cell. */
    @FunctionalInterface
    public interface CellConsumer { void accept(int column, int row); }

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
