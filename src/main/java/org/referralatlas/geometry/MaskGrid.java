package org.referralatlas.geometry;

/**
 * The cell grid that {@link Mask}s of one view share: square cells of {@code cellSize} design units
 * laid over the view box, row-major from its top-left corner. Cell (c, r) stands for its centre
 * ({@code minX + (c + 0.5) * cellSize}, {@code minY + (r + 0.5) * cellSize}).
 */
public record MaskGrid(double minX, double minY, int columns, int rows, double cellSize) {
    /** Two design units per cell (a head is 200 units high): finer than any brush. */
    public static final double DEFAULT_CELL_SIZE = 2.0;
    /**
     * Most cells of a view's grid at the default size. A view larger than a head-to-chest bust (the whole
     * figure with the arms down to the fingertips, about 540 by 1030 units) gets proportionally larger
     * cells, about 3.3 units there (a head is still 60 cells high), so the masks of a large atlas keep
     * within the validator's memory limit.
     */
    public static final int MAX_DEFAULT_CELLS = 50_000;

    public MaskGrid {
        if (columns <= 0 || rows <= 0 || !(cellSize > 0)) {
            throw new IllegalArgumentException("a mask grid needs a positive size");
        }
    }

    /** The default cell size for a view box: {@link #DEFAULT_CELL_SIZE}, or larger for a large view. */
    public static double defaultCellSize(double width, double height) {
        return Math.max(DEFAULT_CELL_SIZE, Math.sqrt(width * height / MAX_DEFAULT_CELLS));
    }

    /** The grid covering a view box of the given origin and size. */
    public static MaskGrid over(double minX, double minY, double width, double height, double cellSize) {
        return new MaskGrid(minX, minY, (int) Math.ceil(width / cellSize), (int) Math.ceil(height / cellSize), cellSize);
    }

    public int cells() {
        return columns * rows;
    }

    public double centreX(int column) {
        return minX + (column + 0.5) * cellSize;
    }

    public double centreY(int row) {
        return minY + (row + 0.5) * cellSize;
    }

    /** Column of a design x, clamped to the grid. */
    public int column(double x) {
        return clamp((int) Math.floor((x - minX) / cellSize), columns);
    }

    /** Row of a design y, clamped to the grid. */
    public int row(double y) {
        return clamp((int) Math.floor((y - minY) / cellSize), rows);
    }

    /** Area of one cell in square design units. */
    public double cellArea() {
        return cellSize * cellSize;
    }

    private static int clamp(int i, int n) {
        return Math.max(0, Math.min(n - 1, i));
    }
}
