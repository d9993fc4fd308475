package org.referralatlas.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast two-decimal writer writes what the Formatter writes, ties and signs included. */
class Fixed2Test {

    private static void same(double v) {
        assertEquals(String.format(Locale.ROOT, "%.2f", v), Fixed2.append(new StringBuilder(), v).toString(),
                "for " + v);
    }

    @Test
    void writesWhatTheFormatterWritesForDesignSpaceNumbers() {
        Random random = new Random(15);
        for (int i = 0; i < 50_000; i++) {
            same((random.nextDouble() - 0.2) * 2500);
            same(random.nextInt(2_000_000) / 1000.0 - 500); // thousandths: every tie there is
            same(random.nextGaussian() * 0.01);
        }
    }

    @Test
    void tiesSignsAndOddValues() {
        for (double v : new double[] {0, -0.0, 0.005, 0.015, 0.125, 1.005, 2.675, -2.675, 0.995, 9.995, 99.995,
                -0.001, -0.004, -0.005, 0.8, 1.6, 2.5, 1e11 + 0.125, 1e12, 3e15, -7e20, Double.MIN_VALUE,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            same(v);
        }
    }

    @Test
    void aCircleIsTheTextItAlwaysWas() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            double cx = random.nextDouble() * 1000, cy = random.nextDouble() * 1500, r = random.nextDouble() * 4;
            assertEquals(String.format(Locale.ROOT, "M%.2f,%.2fa%.2f,%.2f 0 1,0 %.2f,0a%.2f,%.2f 0 1,0 -%.2f,0z",
                    cx - r, cy, r, r, 2 * r, r, r, 2 * r), PatternScene.circle(cx, cy, r));
        }
    }
}
