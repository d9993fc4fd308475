package org.referralatlas.study;

import org.referralatlas.geometry.Mask;
import org.referralatlas.geometry.MaskGrid;
import org.referralatlas.model.ViewBox;

/**
 * The grid a zone-marking answer is painted and scored on: the app's one {@link Mask} type over the
 * view box, with cells coarser than the pain drawing's (a student's brush, not a patient's outline, and
 * the scoring's one-cell tolerance is then about a fingertip).
 */
public final class QuizGrid {
    /** Cell edge in design units (a head is 200 units high): finer than a brush. */
    public static final double CELL = 8;

    private QuizGrid() {
    }

    /** The quiz grid over a view box. */
    public static MaskGrid over(ViewBox box) {
        return MaskGrid.over(box.x(), box.y(), box.width(), box.height(), CELL);
    }

    /**
     * Paints a brush dab: the cells within {@code radius} of (x, y), and always the cell under (x, y)
     * when it lies on the grid, so that a single tap is never lost. Returns the mask.
     */
    public static Mask dab(Mask mask, double x, double y, double radius) {
        mask.paintDisc(x, y, radius);
        MaskGrid g = mask.grid();
        double fc = (x - g.minX()) / g.cellSize(), fr = (y - g.minY()) / g.cellSize();
        if (fc >= 0 && fr >= 0 && fc < g.columns() && fr < g.rows()) {
            mask.paintDisc(g.centreX((int) fc), g.centreY((int) fr), 0);
        }
        return mask;
    }
}
