package org.referralatlas.io;

/**
 * Text from files (atlases, drawings) made safe to print: control characters are shown as escapes
 * ({@code \n}, {@code \u001b}), so a value cannot forge an extra problem line, recolour a terminal or
 * hide text behind a bidirectional override.
 */
public final class PlainText {
    private PlainText() {
    }

    /**
     * True for the characters that are never plain text in an atlas: C0 controls (including line
     * breaks and tabs), DEL, C1 controls and the Unicode line and paragraph separators.
     */
    public static boolean isControl(int c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029;
    }

    /** Bidirectional embeddings, overrides and isolates: they can make printed text read differently. */
    static boolean isBidiControl(int c) {
        return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    }

    /** Index of the first {@link #isControl control character}, or -1. */
    public static int firstControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isControl(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The text with every control character (and bidi override) escaped; null stays null. */
    public static String escape(String s) {
        return escape(s, false);
    }

    /**
     * As {@link #escape(String)}; with {@code keepLineBreaks} a {@code \n} stays a line break (for a
     * whole message whose parts were escaped already).
     */
    public static String escape(String s, boolean keepLineBreaks) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean unsafe = (isControl(c) && !(keepLineBreaks && c == '\n')) || isBidiControl(c);
            if (!unsafe) {
                if (sb != null) {
                    sb.append(c);
                }
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return sb == null ? s : sb.toString();
    }
}
