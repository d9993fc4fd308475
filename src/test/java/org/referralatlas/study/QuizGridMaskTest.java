package org.referralatlas.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.referralatlas.model.Point;
import org.referralatlas.model.ViewBox;

class QuizGridMaskTest {
    private static final ViewBox BOX = new ViewBox(0, 0, 800, 720);

    @Test
    void gridCoversTheViewBox() {
        GridMask mask = GridMask.empty(BOX);
        assertEquals(100, mask.cols());
        assertEquals(90, mask.rows());
    }

    @Test
    void aTapTakesAtLeastTheCellUnderIt() {
        GridMask mask = GridMask.empty(BOX).paintDisc(13, 13, 0.5);
        assertEquals(1, mask.count());
        assertTrue(mask.get(1, 1));
    }

    @Test
    void aStrokeLeavesNoGap() {
        GridMask mask = GridMask.empty(BOX).paintStroke(List.of(new Point(4, 4), new Point(796, 4)), 2);
        assertEquals(100, mask.count(), "one full row of cells");
    }

    @Test
    void paintingOutsideTheViewBoxIsIgnored() {
        GridMask mask = GridMask.empty(BOX).paintDisc(-50, -50, 10).paintDisc(900, 900, 10);
        assertTrue(mask.isEmpty());
    }

    @Test
    void eraseClearsOnlyTheDisc() {
        GridMask mask = GridMask.empty(BOX).paintStroke(List.of(new Point(4, 4), new Point(100, 4)), 2);
        int before = mask.count();
        mask.eraseDisc(4, 4, 2);
        assertEquals(before - 1, mask.count());
        assertFalse(mask.containsPoint(4, 4));
    }

    @Test
    void dilationGrowsBySquareNeighbourhood() {
        GridMask mask = GridMask.empty(BOX).set(10, 10);
        assertEquals(9, mask.dilated(1).count());
        assertEquals(25, mask.dilated(2).count());
        assertEquals(4, GridMask.empty(BOX).set(0, 0).dilated(1).count(), "clipped at the corner");
    }
}
