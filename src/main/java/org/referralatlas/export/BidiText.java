package org.referralatlas.export;

import java.text.Bidi;

/**
 * Right-to-left text (Hebrew, Arabic) for PDFBox, which draws characters in the order given: a line
 * is reordered from logical to visual order with {@link Bidi} (the Unicode bidirectional algorithm),
 * right-to-left runs reversed and their brackets mirrored, so "שלום (1)" in a note prints reading
 * correctly from the right, with numbers and Latin words inside kept left to right.
 *
 * <p>Not done: Arabic letters are not <em>shaped</em> (joined into their initial, medial and final
 * forms). The JDK has no public shaper ({@code java.awt.font.NumericShaper} only does digits); it would
 * take ICU4J's {@code ArabicShaping} (a 14 MB dependency) or a hand-written joining table. Arabic
 * therefore prints in the right order but with isolated letter forms.
 */
final class BidiText {
    private BidiText() {
    }

    /** The line in visual (left-to-right drawing) order; text without right-to-left characters is returned as is. */
    static String visual(String line) {
        char[] chars = line.toCharArray();
        if (!Bidi.requiresBidi(chars, 0, chars.length)) {
            return line;
        }
        Bidi bidi = new Bidi(line, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        String[] texts = new String[runs];
        for (int i = 0; i < runs; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            String run = line.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            texts[i] = (levels[i] & 1) == 1 ? reversed(run) : run;
        }
        Bidi.reorderVisually(levels, 0, texts, 0, runs);
        return String.join("", texts);
    }

    /** A right-to-left run drawn left to right: code points reversed, paired brackets mirrored. */
    private static String reversed(String run) {
        int[] cps = run.codePoints().toArray();
        StringBuilder sb = new StringBuilder(run.length());
        for (int i = cps.length - 1; i >= 0; i--) {
            sb.appendCodePoint(mirror(cps[i]));
        }
        return sb.toString();
    }

    private static int mirror(int cp) {
        return switch (cp) {
            case '(' -> ')';
            case ')' -> '(';
            case '[' -> ']';
            case ']' -> '[';
            case '{' -> '}';
            case '}' -> '{';
            case '<' -> '>';
            case '>' -> '<';
            case '«' -> '»';
            case '»' -> '«';
            default -> cp;
        };
    }
}
