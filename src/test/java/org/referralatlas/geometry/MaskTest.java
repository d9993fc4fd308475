package org.referralatlas.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MaskTest {
    private final MaskGrid grid = MaskGrid.over(0, 0, 800, 720, 2);

    private Mask rect(double x0, double y0, double x1, double y1) throws PathSyntaxException {
        return Mask.of(grid, SvgPath.shape("M" + x0 + "," + y0 + " H" + x1 + " V" + y1 + " H" + x0 + " Z", 100));
    }

    @Test
    void theDefaultGridHasTwoUnitCells() {
        assertEquals(400, grid.columns());
        assertEquals(360, grid.rows());
    }

    @Test
    void rasterisingARectangleKeepsTheCellsWhoseCentreIsInside() throws Exception {
        Mask m = rect(100, 100, 140, 120);
        assertEquals(20 * 10, m.count());
        assertTrue(m.containsPoint(101, 101));
        assertFalse(m.containsPoint(141, 101));
        assertFalse(m.containsPoint(99, 119));
    }

    @Test
    void setOperationsAndJaccard() throws Exception {
        Mask a = rect(100, 100, 140, 120); // 200 cells
        Mask b = rect(120, 100, 160, 120); // 200 cells, 100 shared
        assertEquals(100, a.countAnd(b));
        assertEquals(300, a.with(b).count());
        assertEquals(100, a.intersection(b).count());
        assertEquals(100, a.minus(b).count());
        assertEquals(100.0 / 300, Mask.jaccard(a, b), 1e-12);
        assertEquals(1.0, Mask.jaccard(new Mask(grid), new Mask(grid)));
        assertEquals(200, a.count(), "the binary operations must not change their operands");
    }

    @Test
    void mirroringAboutTheMidlineIsExactAndAnInvolution() throws Exception {
        Mask a = rect(100, 100, 140, 120);
        Mask mirrored = a.mirrored(400);
        assertEquals(rect(660, 100, 700, 120), mirrored);
        assertEquals(a, mirrored.mirrored(400));
        // The lateral view's midline (415) is odd: still exact on 2-unit cells.
        assertEquals(rect(690, 100, 730, 120), a.mirrored(415));
    }

    @Test
    void aBrushDabPaintsADiscAndTheEraserClearsIt() {
        Mask m = new Mask(grid).paintDisc(300, 300, 20);
        double expected = Math.PI * 20 * 20 / grid.cellArea();
        assertEquals(expected, m.count(), expected * 0.05);
        assertTrue(m.containsPoint(300, 300));
        assertFalse(m.containsPoint(300, 325));
        m.eraseDisc(300, 300, 10);
        assertFalse(m.containsPoint(300, 300));
        assertTrue(m.containsPoint(300, 315));
        m.eraseDisc(300, 300, 30);
        assertTrue(m.isEmpty());
        assertEquals(0, m.count());
    }

    @Test
    void aDragPaintsACapsule() {
        Mask m = new Mask(grid).paintSegment(100, 100, 200, 100, 10, false);
        double expected = (100 * 20 + Math.PI * 100) / grid.cellArea();
        assertEquals(expected, m.count(), expected * 0.05);
        assertTrue(m.containsPoint(150, 108));
        assertFalse(m.containsPoint(150, 112));
    }

    @Test
    void assignCopiesAndForgetsThePreviousContent() throws Exception {
        Mask scratch = rect(0, 0, 800, 720);
        Mask small = rect(100, 100, 110, 110);
        scratch.assign(small);
        assertEquals(small, scratch);
        assertEquals(25, scratch.count());
    }

    @Test
    void aFrozenMaskGivesTheSameAnswersAndRefusesChange() throws Exception {
        Mask a = rect(100, 100, 140, 120);
        Mask b = rect(120, 100, 160, 120);
        Mask frozen = b.copy().freeze();
        assertEquals(a.countAnd(b), a.countAnd(frozen));
        assertEquals(a.countAnd(b), frozen.countAnd(a));
        assertEquals(a.with(b), a.copy().or(frozen));
        assertEquals(a.minus(b), a.copy().andNot(frozen));
        assertEquals(b, new Mask(grid).paintDisc(600, 600, 30).assign(frozen));
        assertThrows(IllegalStateException.class, () -> frozen.paintDisc(0, 0, 5));
        assertThrows(IllegalStateException.class, () -> frozen.or(a));
    }

    @Test
    void masksOfDifferentGridsDoNotMix() {
        Mask other = new Mask(MaskGrid.over(0, 0, 800, 720, 4));
        assertThrows(IllegalArgumentException.class, () -> new Mask(grid).countAnd(other));
    }
}
