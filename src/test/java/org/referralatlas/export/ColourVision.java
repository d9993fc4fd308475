package org.referralatlas.export;

import java.awt.Color;

/**
 * Colour-vision arithmetic for the palette test: Machado, Oliveira &amp; Fernandes (2009) simulation
 * of dichromacy (severity 1.0, applied to linear RGB), CIE L*a*b* (D65), CIEDE2000 and the WCAG
 * relative-luminance contrast ratio.
 */
final class ColourVision {
    enum Deficiency {
        NONE(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}),
        PROTANOPIA(new double[][] {
            {0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}),
        DEUTERANOPIA(new double[][] {
            {0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}),
        TRITANOPIA(new double[][] {
            {1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}});

        final double[][] matrix;

        Deficiency(double[][] matrix) {
            this.matrix = matrix;
        }
    }

    private ColourVision() {
    }

    /** {@code top} (with its alpha) over the opaque {@code bottom}, in sRGB as a renderer blends. */
    static Color over(Color top, Color bottom) {
        double a = top.getAlpha() / 255.0;
        return new Color(blend(top.getRed(), bottom.getRed(), a), blend(top.getGreen(), bottom.getGreen(), a),
                blend(top.getBlue(), bottom.getBlue(), a));
    }

    private static int blend(int top, int bottom, double a) {
        return (int) Math.round(top * a + bottom * (1 - a));
    }

    /** Linear RGB (0..1) of an sRGB colour as seen with {@code d}. */
    static double[] seen(Color c, Deficiency d) {
        double[] lin = {linear(c.getRed()), linear(c.getGreen()), linear(c.getBlue())};
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = 0;
            for (int j = 0; j < 3; j++) {
                v += d.matrix[i][j] * lin[j];
            }
            out[i] = Math.min(1, Math.max(0, v));
        }
        return out;
    }

    static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    static double luminance(double[] lin) {
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
    }

    /** WCAG contrast ratio of two linear-RGB colours, at least 1. */
    static double contrast(double[] a, double[] b) {
        double la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** CIE L*a*b* (D65 white) of a linear-RGB colour. */
    static double[] lab(double[] lin) {
        double x = (0.4124564 * lin[0] + 0.3575761 * lin[1] + 0.1804375 * lin[2]) / 0.95047;
        double y = 0.2126729 * lin[0] + 0.7151522 * lin[1] + 0.0721750 * lin[2];
        double z = (0.0193339 * lin[0] + 0.1191920 * lin[1] + 0.9503041 * lin[2]) / 1.08883;
        double fx = f(x), fy = f(y), fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    /** CIEDE2000 colour difference (Sharma, Wu &amp; Dalal 2005), kL = kC = kH = 1. */
    static double deltaE2000(double[] lab1, double[] lab2) {
        double l1 = lab1[0], a1 = lab1[1], b1 = lab1[2];
        double l2 = lab2[0], a2 = lab2[1], b2 = lab2[2];
        double cBar = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
        double g = 0.5 * (1 - Math.sqrt(Math.pow(cBar, 7) / (Math.pow(cBar, 7) + Math.pow(25, 7))));
        double a1p = (1 + g) * a1, a2p = (1 + g) * a2;
        double c1p = Math.hypot(a1p, b1), c2p = Math.hypot(a2p, b2);
        double h1p = hue(b1, a1p), h2p = hue(b2, a2p);
        double dLp = l2 - l1, dCp = c2p - c1p;
        double dhp;
        if (c1p * c2p == 0) {
            dhp = 0;
        } else if (Math.abs(h2p - h1p) <= 180) {
            dhp = h2p - h1p;
        } else {
            dhp = h2p - h1p > 180 ? h2p - h1p - 360 : h2p - h1p + 360;
        }
        double dHp = 2 * Math.sqrt(c1p * c2p) * Math.sin(Math.toRadians(dhp / 2));
        double lBarP = (l1 + l2) / 2, cBarP = (c1p + c2p) / 2;
        double hBarP;
        if (c1p * c2p == 0) {
            hBarP = h1p + h2p;
        } else if (Math.abs(h1p - h2p) <= 180) {
            hBarP = (h1p + h2p) / 2;
        } else {
            hBarP = h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2;
        }
        double t = 1 - 0.17 * cos(hBarP - 30) + 0.24 * cos(2 * hBarP) + 0.32 * cos(3 * hBarP + 6)
                - 0.20 * cos(4 * hBarP - 63);
        double dTheta = 30 * Math.exp(-Math.pow((hBarP - 275) / 25, 2));
        double rc = 2 * Math.sqrt(Math.pow(cBarP, 7) / (Math.pow(cBarP, 7) + Math.pow(25, 7)));
        double sl = 1 + 0.015 * Math.pow(lBarP - 50, 2) / Math.sqrt(20 + Math.pow(lBarP - 50, 2));
        double sc = 1 + 0.045 * cBarP;
        double sh = 1 + 0.015 * cBarP * t;
        double rt = -Math.sin(Math.toRadians(2 * dTheta)) * rc;
        return Math.sqrt(Math.pow(dLp / sl, 2) + Math.pow(dCp / sc, 2) + Math.pow(dHp / sh, 2)
                + rt * (dCp / sc) * (dHp / sh));
    }

    private static double hue(double b, double a) {
        if (a == 0 && b == 0) {
            return 0;
        }
        double h = Math.toDegrees(Math.atan2(b, a));
        return h < 0 ? h + 360 : h;
    }

    private static double cos(double degrees) {
        return Math.cos(Math.toRadians(degrees));
    }
}
