package org.referralatlas.ui.bodymap;

import java.awt.image.BufferedImage;

/** Compares two images of (about) the same size pixel by pixel. */
final class PixelDiff {
    private PixelDiff() {
    }

    /**
     * The share of pixels, over the area both images cover, whose colours differ by more than
     * {@code tolerance} in any of red, green and blue (0 to 255).
     */
    static double share(BufferedImage a, BufferedImage b, int tolerance) {
        int w = Math.min(a.getWidth(), b.getWidth());
        int h = Math.min(a.getHeight(), b.getHeight());
        long differ = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                int d = Math.max(Math.abs(((p >> 16) & 0xFF) - ((q >> 16) & 0xFF)),
                        Math.max(Math.abs(((p >> 8) & 0xFF) - ((q >> 8) & 0xFF)), Math.abs((p & 0xFF) - (q & 0xFF))));
                if (d > tolerance) {
                    differ++;
                }
            }
        }
        return (double) differ / ((long) w * h);
    }
}
