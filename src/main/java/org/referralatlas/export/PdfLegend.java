package org.referralatlas.export;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The figure's legend drawn as PDF vectors and text under the handout's figure, at reading size
 * (the PNG's raster legend would be too small once the figure is scaled to fit the page).
 */
final class PdfLegend {
    private static final float SWATCH = 16;

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
    static float draw(PdfFlow flow, PDPageContentStream cs, PdfFonts fonts, float size,
                      Figures.LegendEntries entries) throws IOException {
        return draw(flow, cs, fonts, size, entries, Labels.PATIENT);
    }

    static float draw(PdfFlow flow, PDPageContentStream cs, PdfFonts fonts, float size,
                      Figures.LegendEntries entries, Labels labels) throws IOException {
        float top = flow.y();
        if (entries.essential()) {
            entry(flow, cs, fonts, size, labels.essential(), Swatch.ESSENTIAL);
        }
        if (entries.spillover()) {
            entry(flow, cs, fonts, size, labels.spillover(), Swatch.SPILLOVER);
        }
        if (entries.marks()) {
            entry(flow, cs, fonts, size, labels.triggerPoint(), Swatch.CROSS);
        }
        if (entries.pain()) {
            entry(flow, cs, fonts, size, labels.pain(), Swatch.PAIN);
        }
        if (entries.drawn()) {
            entry(flow, cs, fonts, size, FigureLegend.DRAWN, Swatch.DRAWN);
        }
        return top - flow.y();
    }

    private enum Swatch { ESSENTIAL, SPILLOVER, CROSS, PAIN, DRAWN }

    private static void entry(PdfFlow flow, PDPageContentStream cs, PdfFonts fonts, float size, String text,
                              Swatch swatch) throws IOException {
        float rowHeight = Math.max(SWATCH * 0.75f, size) + 6;
        float centre = flow.y() - rowHeight / 2;
        if (cs != null) {
            float h = SWATCH * 0.75f;
            swatch(cs, swatch, flow.x(), centre - h / 2, SWATCH, h);
        }
        // Cap height is about 0.7 of the size: this centres capitals on the swatch.
        flow.showAt(text, fonts.regular(), size, FigureStyle.TEXT, flow.x() + SWATCH + 8, centre - size * 0.35f);
        flow.gap(rowHeight);
    }

    private static void swatch(PDPageContentStream cs, Swatch swatch, float x, float y, float w, float h)
            throws IOException {
        cs.saveGraphicsState();
        switch (swatch) {
            case ESSENTIAL -> {
                cs.setNonStrokingColor(FigureStyle.ESSENTIAL);
                cs.setStrokingColor(FigureStyle.ZONE_LINE);
                cs.setLineWidth(0.8f);
                cs.addRect(x, y, w, h);
                cs.fillAndStroke();
            }
            case SPILLOVER -> {
                cs.setNonStrokingColor(FigureStyle.opaque(FigureStyle.SPILLOVER_TINT));
                cs.addRect(x, y, w, h);
                cs.fill();
                cs.setNonStrokingColor(FigureStyle.SPILLOVER);
                for (float dy = 2; dy < h - 1; dy += 3.2f) {
                    for (float dx = 2 + ((int) (dy / 3.2f) % 2) * 1.6f; dx < w - 1; dx += 3.2f) {
                        cs.addRect(x + dx - 0.6f, y + dy - 0.6f, 1.2f, 1.2f);
                    }
                }
                cs.fill();
                dashed(cs, FigureStyle.ZONE_LINE, x, y, w, h);
            }
            case CROSS -> {
                float cx = x + w / 2, cy = y + h / 2, r = h / 2 - 0.5f;
                cs.setStrokingColor(FigureStyle.MARK);
                cs.setLineWidth(2f);
                cs.setLineCapStyle(1);
                cs.moveTo(cx - r, cy - r);
                cs.lineTo(cx + r, cy + r);
                cs.moveTo(cx - r, cy + r);
                cs.lineTo(cx + r, cy - r);
                cs.stroke();
            }
            case PAIN -> {
                cs.setNonStrokingColor(FigureStyle.opaque(FigureStyle.PAIN_TINT));
                cs.addRect(x, y, w, h);
                cs.fill();
                dashed(cs, FigureStyle.PAIN, x, y, w, h);
            }
            case DRAWN -> {
                for (int i = 0; i < FigureStyle.PAINTED.length; i++) {
                    cs.setNonStrokingColor(FigureStyle.opaque(FigureStyle.PAINTED[i]));
                    cs.addRect(x + i * w / 3, y, w / 3, h);
                    cs.fill();
                }
                cs.setStrokingColor(FigureStyle.PAINTED_LINE);
                cs.setLineWidth(0.8f);
                cs.addRect(x, y, w, h);
                cs.stroke();
            }
            default -> throw new IllegalStateException("unreachable");
        }
        cs.restoreGraphicsState();
    }

    private static void dashed(PDPageContentStream cs, Color colour, float x, float y, float w, float h)
            throws IOException {
        cs.setStrokingColor(colour);
        cs.setLineWidth(0.8f);
        cs.setLineDashPattern(new float[] {2.5f, 1.5f}, 0);
        cs.addRect(x, y, w, h);
        cs.stroke();
    }
}
