package org.referralatlas.scene;

import java.util.Locale;

/**
 * Appends a number with two decimals, exactly as {@code String.format(Locale.ROOT, "%.2f", v)} writes
 * it, without a Formatter: a click on a muscle writes a stipple dot's path for every few design units
 * of its spillover zones, and formatting them cost a fifth of what a click allocates (ClickToFrame bench).
 */
final class Fixed2 {
    /** Beyond this, or near a rounding tie, the Formatter itself decides (rare; same text either way). */
    private static final double FAST_LIMIT = 1e12;
    private static final double TIE_MARGIN = 1e-6;

    private Fixed2() {
    }

    static StringBuilder append(StringBuilder sb, double v) {
        double a = Math.abs(v);
        double scaled = a * 100;
        double fraction = scaled - Math.floor(scaled);
        if (!(a < FAST_LIMIT) || Math.abs(fraction - 0.5) < TIE_MARGIN) {
            // The Formatter rounds the shortest decimal form half up; near .5 only it can say which way.
            return sb.append(String.format(Locale.ROOT, "%.2f", v));
        }
        long hundredths = Math.round(scaled);
        if (v < 0 || (v == 0 && 1 / v < 0)) {
            sb.append('-');
        }
        long cents = hundredths % 100;
        return sb.append(hundredths / 100).append('.').append(cents < 10 ? "0" : "").append(cents);
    }
}
