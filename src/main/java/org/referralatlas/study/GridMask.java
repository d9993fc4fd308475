package org.referralatlas.study;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import org.referralatlas.geometry.Shape;
import org.referralatlas.model.Point;
import org.referralatlas.model.ViewBox;

/**
 * A set of square cells over a view box: the representation of a painted or a target area.
 *
 * <p>The UI turns brush strokes into a mask with {@link #paintDisc} / {@link #paintStroke} (design-space
 * coordinates, so the zoom level does not matter); atlas zones become masks with {@link #fill}. A cell
 * belongs to a shape when its centre lies inside the shape; a painted disc always takes at least the
 * cell under its centre, so a single tap is never lost. Masks are mutable (painting is incremental);
 * {@link #copy()} before handing one on.
 */
public final class GridMask {
    /** Default cell edge in design units (a head is 200 units high): finer than a brush. */
    public static final double DEFAULT_CELL = 8;

    private final ViewBox box;
    private final double cell;
    private final int cols;
    private final int rows;
    private final BitSet bits;

    private GridMask(ViewBox box, double cell, BitSet bits) {
        if (!(cell > 0)) {
            throw new IllegalArgumentException("cell size must be positive");
        }
        this.box = box;
        this.cell = cell;
        this.cols = (int) Math.ceil(box.width() / cell);
        this.rows = (int) Math.ceil(box.height() / cell);
        this.bits = bits;
    }

    public static GridMask empty(ViewBox box, double cell) {
        return new GridMask(box, cell, new BitSet());
    }

    public static GridMask empty(ViewBox box) {
        return empty(box, DEFAULT_CELL);
    }

    /** The cells whose centres lie inside any of the shapes. */
    public static GridMask of(ViewBox box, double cell, Collection<Shape> shapes) {
        GridMask mask = empty(box, cell);
        shapes.forEach(mask::fill);
        return mask;
    }

    public ViewBox viewBox() { return box; }

    public double cell() { return cell; }

    public int cols() { return cols; }

    public int rows() { return rows; }

    public boolean sameGrid(GridMask other) {
        return box.equals(other.box) && cell == other.cell;
    }

    public boolean get(int col, int row) {
        return inGrid(col, row) && bits.get(row * cols + col);
    }

    public GridMask set(int col, int row) {
        if (inGrid(col, row)) {
            bits.set(row * cols + col);
        }
        return this;
    }

    /** True when the cell containing the design-space point is set. */
    public boolean containsPoint(double x, double y) {
        return get(colOf(x), rowOf(y));
    }

    public int count() {
        return bits.cardinality();
    }

    public boolean isEmpty() {
        return bits.isEmpty();
    }

    /** Sets every cell whose centre lies inside the shape. */
    public GridMask fill(Shape shape) {
        if (shape.isEmpty()) {
            return this;
        }
        for (int row = Math.max(0, rowOf(shape.minY())); row <= Math.min(rows - 1, rowOf(shape.maxY())); row++) {
            for (int col = Math.max(0, colOf(shape.minX())); col <= Math.min(cols - 1, colOf(shape.maxX())); col++) {
                if (shape.contains(centreX(col), centreY(row))) {
                    bits.set(row * cols + col);
                }
            }
        }
        return this;
    }

    /** Sets the cells whose centres lie within {@code radius} of (x, y), and the cell under (x, y). */
    public GridMask paintDisc(double x, double y, double radius) {
        set(colOf(x), rowOf(y));
        for (int row = Math.max(0, rowOf(y - radius)); row <= Math.min(rows - 1, rowOf(y + radius)); row++) {
            for (int col = Math.max(0, colOf(x - radius)); col <= Math.min(cols - 1, colOf(x + radius)); col++) {
                if (Math.hypot(centreX(col) - x, centreY(row) - y) <= radius) {
                    bits.set(row * cols + col);
                }
            }
        }
        return this;
    }

    /** Paints discs along a polyline (a brush stroke), spaced half a cell apart so no gap opens. */
    public GridMask paintStroke(List<Point> stroke, double radius) {
        for (int i = 0; i < stroke.size(); i++) {
            Point b = stroke.get(i);
            Point a = i == 0 ? b : stroke.get(i - 1);
            int steps = Math.max(1, (int) Math.ceil(a.distanceTo(b) / (cell / 2)));
            for (int s = i == 0 ? 0 : 1; s <= steps; s++) {
                double t = (double) s / steps;
                paintDisc(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t, radius);
            }
        }
        return this;
    }

    /** Clears the cells within {@code radius} of (x, y) (an eraser). */
    public GridMask eraseDisc(double x, double y, double radius) {
        GridMask disc = empty(box, cell).paintDisc(x, y, radius);
        bits.andNot(disc.bits);
        return this;
    }

    public GridMask copy() {
        return new GridMask(box, cell, (BitSet) bits.clone());
    }

    /** A new mask: the cells of this one not in {@code other}. */
    public GridMask minus(GridMask other) {
        requireSameGrid(other);
        BitSet result = (BitSet) bits.clone();
        result.andNot(other.bits);
        return new GridMask(box, cell, result);
    }

    /** Number of cells set in both masks. */
    public int overlap(GridMask other) {
        requireSameGrid(other);
        BitSet result = (BitSet) bits.clone();
        result.and(other.bits);
        return result.cardinality();
    }

    /** A new mask grown by {@code cells} in every direction, diagonals included (a square brush). */
    public GridMask dilated(int cells) {
        if (cells <= 0) {
            return copy();
        }
        BitSet result = new BitSet();
        for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
            int col = i % cols, row = i / cols;
            for (int r = Math.max(0, row - cells); r <= Math.min(rows - 1, row + cells); r++) {
                result.set(r * cols + Math.max(0, col - cells), r * cols + Math.min(cols - 1, col + cells) + 1);
            }
        }
        return new GridMask(box, cell, result);
    }

    /** The centres of the set cells, for drawing the mask. */
    public List<Point> cellCentres() {
        List<Point> centres = new ArrayList<>(count());
        for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
            centres.add(new Point(centreX(i % cols), centreY(i / cols)));
        }
        return centres;
    }

    private void requireSameGrid(GridMask other) {
        if (!sameGrid(other)) {
            throw new IllegalArgumentException("masks are on different grids");
        }
    }

    private boolean inGrid(int col, int row) {
        return col >= 0 && row >= 0 && col < cols && row < rows;
    }

    private int colOf(double x) {
        return (int) Math.floor((x - box.x()) / cell);
    }

    private int rowOf(double y) {
        return (int) Math.floor((y - box.y()) / cell);
    }

    private double centreX(int col) {
        return box.x() + (col + 0.5) * cell;
    }

    private double centreY(int row) {
        return box.y() + (row + 0.5) * cell;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GridMask m && sameGrid(m) && bits.equals(m.bits);
    }

    @Override
    public int hashCode() {
        return bits.hashCode();
    }

    @Override
    public String toString() {
        return "GridMask[" + cols + "x" + rows + ", " + count() + " cells]";
    }
}
