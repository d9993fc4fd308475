package org.referralatlas.export;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.referralatlas.scene.FigureKey;

/**
 * The figure's legend drawn as PDF vectors and text under the handout's figure, at reading size
 * (the PNG's raster legend would be too small once the figure is scaled to fit the page).
 */
final class PdfLegend {
    private static final float SWATCH = 16;
    /** A swatch's box in design units (its stipple and X drawn at the figure's size, then scaled to SWATCH). */
    private static final double[] KEY_BOX = {24, 18};

    private PdfLegend() {
    }

    /** What the entries say: in a patient's words on the handout, in Travell &amp; Simons' on a plate. */
    record Labels(String essential, String spillover, String triggerPoint, String pain) {
        static final Labels PATIENT = new Labels(FigureLegend.ESSENTIAL, FigureLegend.SPILLOVER,
                FigureLegend.TRIGGER_POINT, FigureLegend.PAIN);
        static final Labels CLINICAL = new Labels("Essential referred pain zone (solid)",
                "Spillover zone (stippled)", "X = trigger point", FigureLegend.PAIN);
    }

    /** Draws (or, when measuring, only counts) the entries; returns the height used. */
    static float draw(PDDocument doc, PdfFlow flow, PDPageContentStream cs, PdfFonts fonts, float size,
                      Figures.LegendEntries entries) throws IOException {
        return draw(doc, flow, cs, fonts, size, entries, Labels.PATIENT);
    }

    /**
     * Draws (or, with no content stream, only measures) the entries; the figure's entries are its own
     * shapes ({@link FigureKey}), as the map's key and the PNG's legend draw them.
     */
    static float draw(PDDocument doc, PdfFlow flow, PDPageContentStream cs, PdfFonts fonts, float size,
                      Figures.LegendEntries entries, Labels labels) throws IOException {
        float top = flow.y();
        if (entries.essential()) {
            entry(doc, flow, cs, fonts, size, labels.essential(), FigureKey.ESSENTIAL);
        }
        if (entries.spillover()) {
            entry(doc, flow, cs, fonts, size, labels.spillover(), FigureKey.SPILLOVER);
        }
        if (entries.marks()) {
            entry(doc, flow, cs, fonts, size, labels.triggerPoint(), FigureKey.TRIGGER_POINT);
        }
        if (entries.pain()) {
            entry(doc, flow, cs, fonts, size, labels.pain(), FigureKey.PAIN);
        }
        if (entries.drawn()) {
            entry(doc, flow, cs, fonts, size, FigureLegend.DRAWN, null);
        }
        return top - flow.y();
    }

    private static void entry(PDDocument doc, PdfFlow flow, PDPageContentStream cs, PdfFonts fonts, float size,
                              String text, FigureKey swatch) throws IOException {
        float rowHeight = Math.max(SWATCH * 0.75f, size) + 6;
        float centre = flow.y() - rowHeight / 2;
        if (cs != null) {
            float h = SWATCH * 0.75f;
            if (swatch == null) {
                drawn(cs, flow.x(), centre - h / 2, SWATCH, h);
            } else {
                PdfFigure.drawShapes(doc, cs, swatch.swatch(0, 0, KEY_BOX[0], KEY_BOX[1]), KEY_BOX[0], KEY_BOX[1],
                        flow.x(), centre - h / 2, SWATCH, h);
            }
        }
        // Cap height is about 0.7 of the size: this centres capitals on the swatch.
        flow.showAt(text, fonts.regular(), size, FigureStyle.TEXT, flow.x() + SWATCH + 8, centre - size * 0.35f);
        flow.gap(rowHeight);
    }

    /** The patient's own drawing: its three intensities side by side, outlined. */
    private static void drawn(PDPageContentStream cs, float x, float y, float w, float h) throws IOException {
        cs.saveGraphicsState();
        for (int i = 0; i < FigureStyle.PAINTED.length; i++) {
            cs.setNonStrokingColor(FigureStyle.opaque(FigureStyle.PAINTED[i]));
            cs.addRect(x + i * w / 3, y, w / 3, h);
            cs.fill();
        }
        cs.setStrokingColor(FigureStyle.PAINTED_LINE);
        cs.setLineWidth(0.8f);
        cs.addRect(x, y, w, h);
        cs.stroke();
        cs.restoreGraphicsState();
    }
}
