package org.referralatlas.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.referralatlas.geometry.Mask;
import org.referralatlas.geometry.MaskGrid;
import org.referralatlas.model.ViewBox;

/** Zone markings are the app's one {@link Mask} type on the quiz's coarser grid. */
class QuizGridTest {
    private static final ViewBox BOX = new ViewBox(0, 0, 800, 720);

    private static Mask empty() {
        return new Mask(QuizGrid.over(BOX));
    }

    @Test
    void gridCoversTheViewBox() {
        MaskGrid grid = QuizGrid.over(BOX);
        assertEquals(100, grid.columns());
        assertEquals(90, grid.rows());
    }

    @Test
    void aTapTakesAtLeastTheCellUnderIt() {
        Mask mask = QuizGrid.dab(empty(), 13, 13, 0.5);
        assertEquals(1, mask.count());
        assertTrue(mask.get(1, 1));
    }

    @Test
    void aStrokeLeavesNoGap() {
        Mask mask = empty().paintSegment(4, 4, 796, 4, 2, false);
        assertEquals(100, mask.count(), "one full row of cells");
    }

    @Test
    void paintingOutsideTheViewBoxIsIgnored() {
        Mask mask = QuizGrid.dab(QuizGrid.dab(empty(), -50, -50, 10), 900, 900, 10);
        assertTrue(mask.isEmpty());
    }

    @Test
    void eraseClearsOnlyTheDisc() {
        Mask mask = empty().paintSegment(4, 4, 100, 4, 2, false);
        int before = mask.count();
        mask.eraseDisc(4, 4, 2);
        assertEquals(before - 1, mask.count());
        assertFalse(mask.containsPoint(4, 4));
    }

    @Test
    void dilationGrowsBySquareNeighbourhood() {
        Mask mask = QuizGrid.dab(empty(), 84, 84, 0);   // cell (10, 10)
        assertEquals(9, mask.dilated(1).count());
        assertEquals(25, mask.dilated(2).count());
        assertEquals(4, QuizGrid.dab(empty(), 4, 4, 0).dilated(1).count(), "clipped at the corner");
        assertEquals(4, QuizGrid.dab(empty(), 796, 4, 0).dilated(1).count(), "clipped at the right edge, no wrap to the next row");
    }
}
