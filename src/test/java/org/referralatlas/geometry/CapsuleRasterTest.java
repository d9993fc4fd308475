package org.referralatlas.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The row-run capsule fill paints exactly the cells the per-cell rule names. */
class CapsuleRasterTest {
    private static final MaskGrid GRID = MaskGrid.over(10, 20, 300, 200, 2.0);

    @Test
    void paintsExactlyTheCellsWithinTheRadiusOfTheSegment() {
        Random random = new Random(17);
        for (int i = 0; i < 800; i++) {
            double x0 = random.nextDouble() * 400 - 40, y0 = random.nextDouble() * 300 - 40;
            boolean dab = random.nextInt(5) == 0;
            boolean straight = random.nextInt(5) == 0;
            double x1 = dab ? x0 : random.nextDouble() * 400 - 40;
            double y1 = dab || straight ? y0 : random.nextDouble() * 300 - 40;
            double radius = random.nextInt(4) == 0 ? random.nextDouble() * 3 : random.nextDouble() * 60;
            Mask base = randomMask(random);
            Mask painted = base.copy().paintSegment(x0, y0, x1, y1, radius, false);
            Mask erased = base.copy().paintSegment(x0, y0, x1, y1, radius, true);
            for (int r = 0; r < GRID.rows(); r++) {
                for (int c = 0; c < GRID.columns(); c++) {
                    boolean inside = within(GRID.centreX(c), GRID.centreY(r), x0, y0, x1, y1, radius);
                    assertEquals(inside || base.get(c, r), painted.get(c, r), "paint, case " + i);
                    assertEquals(!inside && base.get(c, r), erased.get(c, r), "erase, case " + i);
                }
            }
        }
    }

    private static Mask randomMask(Random random) {
        Mask m = new Mask(GRID);
        for (int k = 0; k < 50; k++) {
            m.paintDisc(random.nextDouble() * 300 + 10, random.nextDouble() * 200 + 20, 5);
        }
        return m;
    }

    private static boolean within(double x, double y, double x0, double y0, double x1, double y1, double radius) {
        double dx = x1 - x0, dy = y1 - y0, len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / len2));
        double ex = x - (x0 + t * dx), ey = y - (y0 + t * dy);
        return ex * ex + ey * ey <= radius * radius;
    }
}
