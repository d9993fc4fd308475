package org.referralatlas.geometry;

/**
 * Geometric transforms of a {@link Mask} that move or grow its cells, apart from the set algebra:
 * the mirror image that turns the patient's right into the left, and the square dilation that gives
 * a hand-drawn answer a cell or two of slack.
 */
final class MaskMorphology {
    private MaskMorphology() {
    }

    /**
     * The mirror image about the vertical line {@code x = axisX}. Exact when
     * {@code 2 * (axisX - minX) / cellSize} is a whole number (true for the bundled views: midlines on
     * even x, 2-unit cells); otherwise a cell maps to the cell under its mirrored centre.
     */
    static Mask mirrored(Mask mask, double axisX) {
        MaskGrid grid = mask.grid();
        Mask out = new Mask(grid);
        mask.forEachCell((c, r) -> {
            int mc = (int) Math.floor((2 * axisX - grid.centreX(c) - grid.minX()) / grid.cellSize());
            if (mc >= 0 && mc < grid.columns()) {
                out.set(r * grid.columns() + mc);
            }
        });
        return out;
    }

    /**
     * A new mask grown by {@code cells} in every direction, diagonals included (a square brush),
     * clipped at the grid's edges; a copy for {@code cells <= 0}.
     */
    static Mask dilated(Mask mask, int cells) {
        if (cells <= 0) {
            return mask.copy();
        }
        MaskGrid grid = mask.grid();
        int cols = grid.columns();
        Mask out = new Mask(grid);
        mask.forEachCell((c, r) -> {
            int first = Math.max(0, c - cells), last = Math.min(cols - 1, c + cells);
            for (int row = Math.max(0, r - cells); row <= Math.min(grid.rows() - 1, r + cells); row++) {
                out.setRange(row * cols + first, row * cols + last, false);
            }
        });
        return out;
    }
}
