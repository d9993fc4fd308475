package org.referralatlas.export;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Top-to-bottom text flow in a column of a PDF page. With a null content stream it only measures, so the
 * handout can try a type size, see whether everything fits on the page, and shrink if it does not.
 * Coordinates are PDF points with y upward; {@link #y()} is the top of the next line.
 */
final class PdfFlow {
    private final PDPageContentStream cs;
    private final PdfFonts fonts;
    private final float x;
    private final float width;
    private float y;

    PdfFlow(PDPageContentStream cs, PdfFonts fonts, float x, float width, float top) {
        this.cs = cs;
        this.fonts = fonts;
        this.x = x;
        this.width = width;
        this.y = top;
    }

    float y() {
        return y;
    }

    float x() {
        return x;
    }

    float width() {
        return width;
    }

    boolean measuring() {
        return cs == null;
    }

    void gap(float points) {
        y -= points;
    }

    static float leading(float size) {
        return size * 1.32f;
    }

    /** Wrapped text with a hanging indent: the first line starts at {@code indent - hang}. */
    void paragraph(String text, PDFont font, float size, Color colour, float indent) {
        List<String> lines = wrap(text, font, size, width - indent);
        for (String line : lines) {
            show(line, font, size, colour, x + indent);
            y -= leading(size);
        }
    }

    /** A numbered or bulleted item: the marker in the margin, the text wrapped beside it. */
    void item(String marker, String text, PDFont font, float size, Color colour, float indent) {
        marker(marker, font, size, colour, indent);
        paragraph(text, font, size, colour, indent);
    }

    /** A list marker ending just before {@code indent}, on the current line; does not move the flow. */
    void marker(String marker, PDFont font, float size, Color colour, float indent) {
        show(marker, font, size, colour, x + indent - fonts.width(font, marker, size) - size * 0.4f);
    }

    /** A run of differently styled texts on one wrapped paragraph, e.g. a bold title then plain text. */
    void styled(String boldText, String plainText, float size, Color colour, float indent) {
        String joined = boldText + " " + plainText;
        // Wrapped as plain text in a column narrowed by the extra width of the bold words, which only
        // ever sit at the start: no line overruns the column, and lines stay nearly full.
        float extra = Math.max(0, fonts.width(fonts.bold(), boldText, size)
                - fonts.width(fonts.regular(), boldText, size));
        List<String> lines = wrap(joined, fonts.regular(), size, width - indent - extra);
        int boldChars = boldText.length();
        int consumed = 0;
        for (String line : lines) {
            int boldInLine = Math.max(0, Math.min(line.length(), boldChars - consumed));
            String b = line.substring(0, boldInLine);
            String p = line.substring(boldInLine);
            show(b, fonts.bold(), size, colour, x + indent);
            show(p, fonts.regular(), size, colour, x + indent + fonts.width(fonts.bold(), b, size));
            consumed += line.length() + 1;
            y -= leading(size);
        }
    }

    void show(String text, PDFont font, float size, Color colour, float atX) {
        showAt(text, font, size, colour, atX, y - size);
    }

    /** Text with its baseline at {@code baseline}; does not move the flow. */
    void showAt(String text, PDFont font, float size, Color colour, float atX, float baseline) {
        if (cs == null || text.isEmpty()) {
            return;
        }
        try {
            cs.beginText();
            cs.setFont(font, size);
            cs.setNonStrokingColor(colour);
            cs.newLineAtOffset(atX, baseline);
            cs.showText(fonts.clean(font, BidiText.visual(text)));
            cs.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Breaks a word wider than the column between letters, each piece as long as fits (at least one
     * letter). One pass adding up the letters' widths: time linear in the word, so an 8,000-letter word
     * in a note costs milliseconds, not minutes.
     */
    private List<String> breakWord(String word, PDFont font, float size, float maxWidth) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        float used = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            int next = i + Character.charCount(cp);
            float w = fonts.width(font, word.substring(i, next), size);
            if (used + w > maxWidth && i > start) {
                pieces.add(word.substring(start, i));
                start = i;
                used = 0;
            }
            used += w;
            i = next;
        }
        pieces.add(word.substring(start));
        return pieces;
    }

    /** Greedy word wrap by measured width; a word wider than the column is broken between letters. */
    List<String> wrap(String text, PDFont font, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String para : text.strip().split("\\R")) {
            StringBuilder line = new StringBuilder();
            for (String word : para.strip().split("\\s+")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (fonts.width(font, candidate, size) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (fonts.width(font, word, size) > maxWidth) {
                    List<String> pieces = breakWord(word, font, size, maxWidth);
                    lines.addAll(pieces.subList(0, pieces.size() - 1));
                    word = pieces.get(pieces.size() - 1);
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
