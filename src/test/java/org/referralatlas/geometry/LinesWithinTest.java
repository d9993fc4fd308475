package org.referralatlas.geometry;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LinesWithinTest {
    private static final String SQUARE = "M0,0 L10,0 L10,10 L0,10 Z";

    @Test
    void linesInsideOrWithinTheTolerancePass() {
        assertTrue(LinesWithin.test("M1,1 L9,9 M2,8 C4,2 6,2 8,8", SQUARE, 0.3, 1000));
        assertTrue(LinesWithin.test("M0,5 L10.2,5", SQUARE, 0.3, 1000), "0.2 past the edge");
    }

    @Test
    void aLineThatLeavesTheOutlineFails() {
        assertFalse(LinesWithin.test("M5,5 L10.5,5", SQUARE, 0.3, 1000), "0.5 past the edge");
        // both ends inside, the middle outside (a notch 2 units wide): the samples along the line find it
        assertFalse(LinesWithin.test("M1,1 L9,1", "M0,0 L4,0 L5,5 L6,0 L10,0 L10,10 L0,10 Z", 0.3, 1000));
        assertFalse(LinesWithin.test("M1,1 C30,4 30,6 1,9", SQUARE, 0.3, 1000), "a curve out and back");
    }

    @Test
    void aHoleIsOutside() {
        assertFalse(LinesWithin.test("M1,5 L9,5", SQUARE + " M3,3 L7,3 L7,7 L3,7 Z", 0.3, 1000));
    }

    @Test
    void badPathDataOrTooManyPointsIsNotWithin() {
        assertFalse(LinesWithin.test("M1,1 L", SQUARE, 0.3, 1000));
        assertFalse(LinesWithin.test("M1,1 C2,2 3,3 4,4", SQUARE, 0.3, 3));
    }
}
