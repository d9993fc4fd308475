package org.referralatlas.export;

import org.referralatlas.io.AtomicFiles;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Calendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.referralatlas.model.Atlas;

/**
 * Builds the one-page A4 patient handout as a PDF: title, the figure with its legend, what is going on,
 * where it hurts (or the ranked candidate muscles), numbered self-care steps, precautions, a red box
 * "when to see a doctor", the therapist's note (or lines to write on) and a footer with the sources and
 * "not a substitute for medical advice". The type size starts large for patients and shrinks only as far
 * as needed for everything to fit on the one page.
 */
public final class HandoutBuilder {
    static final float MARGIN = 40;
    static final float FIGURE_WIDTH = 250;
    static final float[] SIZES = {12, 11.5f, 11, 10.5f, 10, 9.5f, 9, 8.5f, 8};
    /** Figure resolution on paper: 300 dpi prints sharp without making the file large. */
    static final float FIGURE_DPI = 300;
    /** Width over height of the figure's close-up: a little taller than wide, like a head and neck. */
    static final double FIGURE_ASPECT = 0.9;

    private final Atlas atlas;

    public HandoutBuilder(Atlas atlas) {
        this.atlas = atlas;
    }

    /** Document-information key recording whether everything fitted on the page. */
    public static final String FITS_KEY = "ReferralAtlasFitsOnePage";

    /** Builds the handout; the caller closes the document. */
    public PDDocument build(HandoutContent content) throws IOException {
        return build(content, PdfFonts.Choice.SYSTEM);
    }

    /** As {@link #build(HandoutContent)} with a forced font choice, to test the fallbacks. */
    PDDocument build(HandoutContent content, PdfFonts.Choice fontChoice) throws IOException {
        return PdfDocuments.build(doc -> {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PdfFonts fonts = PdfFonts.load(doc, fontChoice);
            Rectangle2D area = Figures.focus(atlas, content.figure(), FIGURE_ASPECT);
            double scale = FIGURE_WIDTH / area.getWidth() * FIGURE_DPI / 72;
            BufferedImage figure = new FigureRenderer(atlas).render(content.figure().withLegend(false), scale, area);
            PDImageXObject image = LosslessFactory.createFromImage(doc, figure);
            float figureHeight = (float) (FIGURE_WIDTH * area.getHeight() / area.getWidth());
            HandoutContent fitted = content;
            HandoutLayout layout = new HandoutLayout(fitted, fonts, page.getMediaBox(), image, figureHeight,
                    Figures.legendEntries(atlas, content.figure()));
            // When even the smallest type overflows, shorten the optional parts until it fits.
            float smallest = SIZES[SIZES.length - 1];
            while (!layout.fits(smallest) && fitted.shortened() != null) {
                fitted = fitted.shortened();
                layout = new HandoutLayout(fitted, fonts, page.getMediaBox(), image, figureHeight,
                        Figures.legendEntries(atlas, content.figure()));
            }
            float size = fittingSize(layout);
            boolean fits = size > 0;
            size = fits ? size : SIZES[SIZES.length - 1];
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                layout.draw(doc, cs, size);
            }
            info(doc, content);
            // Recorded for tests and for anyone checking a batch of handouts: false means text ran past the footer.
            doc.getDocumentInformation().setCustomMetadataValue(FITS_KEY, Boolean.toString(fits));
        });
    }

    /** The largest body type size at which everything fits, or -1. */
    private static float fittingSize(HandoutLayout layout) throws IOException {
        for (float candidate : SIZES) {
            if (layout.fits(candidate)) {
                return candidate;
            }
        }
        return -1;
    }

    private static void info(PDDocument doc, HandoutContent content) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(content.title());
        info.setSubject(content.subtitle());
        info.setCreator("Referral Atlas");
        info.setCreationDate(Calendar.getInstance());
        // Screen readers pick the voice from the document language; the atlas text is English.
        doc.getDocumentCatalog().setLanguage("en");
    }

    /** Builds the handout and writes it atomically to {@code target}. */
    public void write(HandoutContent content, Path target) throws IOException {
        try (PDDocument doc = build(content)) {
            AtomicFiles.write(target, doc::save);
        }
    }

    /** Renders page 1 of a handout to an image, e.g. for a preview or a screenshot. */
    public static BufferedImage renderPage(PDDocument doc, float dpi) throws IOException {
        return new PDFRenderer(doc).renderImageWithDPI(0, dpi, ImageType.RGB);
    }

    /** Colours of the printed pages, the palette's {@code page-} tokens ({@code palette/light.css}). */
    static final class Colours {
        private static final Palette PALETTE = Palette.light();
        static final Color TEXT = PALETTE.color("page-text");
        static final Color MUTED = PALETTE.color("page-muted");
        static final Color HEADING = PALETTE.color("page-heading");
        static final Color RULE = PALETTE.color("page-rule");
        static final Color FLAG_FILL = PALETTE.color("page-flag-fill");
        static final Color FLAG_LINE = PALETTE.color("page-flag-line");
        static final Color FLAG_TEXT = PALETTE.color("page-flag-text");
        static final Color NOTE_FILL = PALETTE.color("page-note-fill");
        static final Color SHEET = PALETTE.color("page-sheet");
        static final Color SHEET_TEXT = PALETTE.color("page-sheet-text");

        private Colours() {
        }
    }
}
