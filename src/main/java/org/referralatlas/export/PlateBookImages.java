package org.referralatlas.export;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Pictures of a plate book: one page as an image, or every page as a thumbnail on one contact sheet. */
public final class PlateBookImages {
    private PlateBookImages() {
    }

    /** Renders one page (0-based) at the given resolution. */
    public static BufferedImage page(PDDocument doc, int index, float dpi) throws IOException {
        return new PDFRenderer(doc).renderImageWithDPI(index, dpi, ImageType.RGB);
    }

    /**
     * All pages as thumbnails {@code thumbWidth} pixels wide, {@code columns} to a row, each with its page
     * number, on a white sheet.
     */
    public static BufferedImage contactSheet(PDDocument doc, int columns, int thumbWidth) throws IOException {
        int pages = doc.getNumberOfPages();
        float pageWidthPt = doc.getPage(0).getMediaBox().getWidth();
        float dpi = thumbWidth / pageWidthPt * 72;
        PDFRenderer renderer = new PDFRenderer(doc);
        int gap = 12;
        int label = 16;
        BufferedImage first = renderer.renderImageWithDPI(0, dpi, ImageType.RGB);
        int thumbHeight = first.getHeight();
        int rows = (pages + columns - 1) / columns;
        BufferedImage sheet = new BufferedImage(columns * (thumbWidth + gap) + gap,
                rows * (thumbHeight + gap + label) + gap, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(HandoutBuilder.Colours.SHEET);
            g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            for (int i = 0; i < pages; i++) {
                BufferedImage thumb = i == 0 ? first : renderer.renderImageWithDPI(i, dpi, ImageType.RGB);
                int x = gap + (i % columns) * (thumbWidth + gap);
                int y = gap + (i / columns) * (thumbHeight + gap + label);
                g.drawImage(thumb, x, y, null);
                g.setColor(HandoutBuilder.Colours.RULE);
                g.drawRect(x, y, thumb.getWidth() - 1, thumb.getHeight() - 1);
                g.setColor(HandoutBuilder.Colours.SHEET_TEXT);
                g.drawString("p. " + (i + 1), x, y + thumbHeight + 12);
            }
        } finally {
            g.dispose();
        }
        return sheet;
    }
}
