package org.referralatlas.export;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import java.text.Bidi;

/**
 * Right-to-left text (Hebrew, Arabic) for PDFBox, which draws characters in the order given and does no
 * shaping. A line is first <em>shaped</em>: Arabic letters are replaced by the presentation form their
 * place in the word asks for (initial, medial, final, isolated; lam-alef as one ligature), with ICU4J's
 * {@link ArabicShaping}, so a word prints joined as it is written. Then it is reordered from logical to
 * visual order with {@link Bidi} (the Unicode bidirectional algorithm), right-to-left runs reversed and
 * their brackets mirrored, so "שלום (1)" in a note prints reading correctly from the
 * right, with numbers and Latin words inside kept left to right. Hebrew has no joining forms and is only
 * reordered.
 */
final class BidiText {
    /** Letters to presentation forms in logical order; lam-alef may shorten the text (a ligature is one char). */
    private static final ArabicShaping SHAPER = new ArabicShaping(ArabicShaping.LETTERS_SHAPE
            | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK);

    private BidiText() {
    }

    /** The line in visual (left-to-right drawing) order; text without right-to-left characters is returned as is. */
    static String visual(String line) {
        char[] chars = line.toCharArray();
        if (!Bidi.requiresBidi(chars, 0, chars.length)) {
            return line;
        }
        line = shaped(line);
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

    /** Arabic letters joined into their presentation forms, still in logical order; other text unchanged. */
    static String shaped(String line) {
        try {
            return SHAPER.shape(line);
        } catch (ArabicShapingException e) {
            return line; // only for options ICU rejects, not for any text: drawn unjoined rather than lost
        }
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
