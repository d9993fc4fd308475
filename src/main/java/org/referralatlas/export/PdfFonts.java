package org.referralatlas.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The handout's fonts, embedded so the PDF prints the same everywhere and can hold any atlas text
 * ("é", "–", curly quotes). Tried in order: DejaVu Sans (regular and bold) from the system; Liberation
 * Sans, which PDFBox itself ships (regular only, so headings use the same face at a larger size);
 * finally Helvetica from the standard 14 fonts. Whatever the font, {@link #clean} replaces characters it
 * cannot encode, so building a handout never fails on text.
 */
final class PdfFonts {
    private static final List<Path> DEJAVU_DIRS = List.of(Path.of("/usr/share/fonts/truetype/dejavu"),
            Path.of("/usr/share/fonts/TTF"), Path.of("/usr/share/fonts/dejavu"), Path.of("/Library/Fonts"),
            Path.of(System.getProperty("user.home", "."), ".fonts"));
    private static final String LIBERATION = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final PDFont regular;
    private final PDFont bold;
    private final String description;
    private final Map<PDFont, Map<Integer, Boolean>> encodable = new HashMap<>();
    private final Map<PDFont, Map<String, Float>> widths = new HashMap<>();

    private PdfFonts(PDFont regular, PDFont bold, String description) {
        this.regular = regular;
        this.bold = bold;
        this.description = description;
    }

    /** Which fonts to try first; tests force the fallbacks, which a normal build only uses when DejaVu is absent. */
    enum Choice { SYSTEM, BUNDLED, STANDARD }

    /** Loads the best available fonts into the document. */
    static PdfFonts load(PDDocument doc) {
        return load(doc, Choice.SYSTEM);
    }

    static PdfFonts load(PDDocument doc, Choice choice) {
        if (choice != Choice.SYSTEM) {
            return fallback(doc, choice == Choice.BUNDLED);
        }
        for (Path dir : DEJAVU_DIRS) {
            Path r = dir.resolve("DejaVuSans.ttf");
            Path b = dir.resolve("DejaVuSans-Bold.ttf");
            if (Files.isReadable(r) && Files.isReadable(b)) {
                try {
                    return new PdfFonts(PDType0Font.load(doc, r.toFile()), PDType0Font.load(doc, b.toFile()),
                            "DejaVu Sans");
                } catch (IOException | RuntimeException e) {
                    // A damaged font file: fall through to the next choice rather than fail the handout.
                }
            }
        }
        return fallback(doc, true);
    }

    /** The fonts used when DejaVu Sans is absent; {@code bundled} false skips to the standard 14 fonts. */
    static PdfFonts fallback(PDDocument doc, boolean bundled) {
        if (bundled) {
            try (InputStream in = PDDocument.class.getResourceAsStream(LIBERATION)) {
                if (in != null) {
                    PDFont liberation = PDType0Font.load(doc, in, true);
                    return new PdfFonts(liberation, liberation, "Liberation Sans");
                }
            } catch (IOException | RuntimeException e) {
                // Fall through to the standard 14 fonts, which need no file.
            }
        }
        return new PdfFonts(new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), "Helvetica");
    }

    PDFont regular() {
        return regular;
    }

    PDFont bold() {
        return bold;
    }

    String description() {
        return description;
    }

    /**
     * Width of text in points at the given size. Glyph widths simply add up (PDFBox applies no kerning),
     * so words are measured once and cached: a book wraps the same words many times over.
     */
    float width(PDFont font, String text, float size) {
        if (text.indexOf(' ') < 0) {
            return wordWidth(font, text) * size;
        }
        float units = 0;
        int start = 0;
        for (int space = text.indexOf(' '); space >= 0; space = text.indexOf(' ', start)) {
            units += wordWidth(font, text.substring(start, space)) + wordWidth(font, " ");
            start = space + 1;
        }
        return (units + wordWidth(font, text.substring(start))) * size;
    }

    /** Width of a word at size 1, cached per font. */
    private float wordWidth(PDFont font, String word) {
        return widths.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(word, w -> {
            try {
                return font.getStringWidth(clean(font, w)) / 1000f;
            } catch (IOException | IllegalArgumentException e) {
                return w.length() * 0.6f;
            }
        });
    }

    /**
     * The text with every character the font cannot encode replaced: typographic dashes and quotes by their
     * ASCII forms, accented letters by the plain letter, anything else by "?"; control characters by spaces.
     */
    String clean(PDFont font, String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                sb.append(' ');
            } else if (canEncode(font, cp)) {
                sb.appendCodePoint(cp);
            } else {
                String plain = plain(cp);
                sb.append(plain.codePoints().allMatch(c -> canEncode(font, c)) ? plain : "?");
            }
        });
        return sb.toString();
    }

    private boolean canEncode(PDFont font, int cp) {
        return encodable.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(cp, c -> {
            try {
                font.encode(new String(Character.toChars(c)));
                return true;
            } catch (IOException | IllegalArgumentException | IllegalStateException e) {
                return false;
            }
        });
    }

    static String plain(int cp) {
        return switch (cp) {
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2212 -> "-";
            case 0x2014, 0x2015 -> "--";
            case 0x2018, 0x2019, 0x201A, 0x2032 -> "'";
            case 0x201C, 0x201D, 0x201E, 0x2033 -> "\"";
            case 0x2026 -> "...";
            case 0x2022, 0x00B7 -> "-";
            case 0x00D7 -> "x";
            case 0x2192 -> "->";
            case 0x2190 -> "<-";
            case 0x2264 -> "<=";
            case 0x2265 -> ">=";
            default -> Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "");
        };
    }
}
