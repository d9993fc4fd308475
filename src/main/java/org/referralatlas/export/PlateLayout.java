package org.referralatlas.export;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.referralatlas.export.HandoutBuilder.Colours;
import org.referralatlas.model.Side;

/**
 * Places one plate on its page: the heading, the pattern in one or two views side by side (vector figures),
 * the legend in Travell &amp; Simons' terms, then the text in the largest type that fits above the footer.
 * The same code measures (null stream) and draws.
 */
final class PlateLayout {
    static final float MARGIN = 40;
    static final float FOOTER = 28;
    static final float[] SIZES = {10.5f, 10, 9.5f, 9, 8.5f, 8, 7.5f, 7, 6.5f};
    /** Shares of the page's height the figures may take, largest first: a long text gets smaller figures. */
    static final float[] FIGURE_SHARES = {0.45f, 0.4f, 0.35f};
    /** Below this type size the figures shrink first. */
    static final float COMFORTABLE = 8;
    private static final float GAP = 14;

    private final PDDocument doc;
    private final PdfFonts fonts;
    private final PDRectangle page;
    private final FigureRenderer renderer;
    private final Plate plate;
    private final PlateText text;
    private final Side side;
    private float share = FIGURE_SHARES[0];

    PlateLayout(PDDocument doc, PdfFonts fonts, PDRectangle page, FigureRenderer renderer, Plate plate,
                PlateText text, Side side) {
        this.doc = doc;
        this.fonts = fonts;
        this.page = page;
        this.renderer = renderer;
        this.plate = plate;
        this.text = text;
        this.side = side;
    }

    /**
     * Draws the plate: the largest figures at which the text fits in a comfortable size, else the smallest
     * figures with the largest size that fits (else the smallest size). Returns the type size.
     */
    float draw(PDPageContentStream cs) throws IOException {
        float size = fittingSize();
        size = size > 0 ? size : SIZES[SIZES.length - 1];
        layout(cs, size);
        return size;
    }

    /** Chooses the figure share and returns the type size that fits with it, or -1 when even the smallest overflows. */
    float fittingSize() throws IOException {
        for (float candidateShare : FIGURE_SHARES) {
            share = candidateShare;
            float size = largestFitting();
            if (size >= COMFORTABLE) {
                return size;
            }
        }
        return largestFitting();
    }

    private float largestFitting() throws IOException {
        for (float candidate : SIZES) {
            if (layout(null, candidate) >= MARGIN + FOOTER) {
                return candidate;
            }
        }
        return -1;
    }

    private float width() {
        return page.getWidth() - 2 * MARGIN;
    }

    /** Lays out (or measures) everything; returns the lowest y used. */
    private float layout(PDPageContentStream cs, float s) throws IOException {
        PdfFlow flow = new PdfFlow(cs, fonts, MARGIN, width(), page.getHeight() - MARGIN);
        flow.paragraph(text.title(), fonts.bold(), 20, Colours.HEADING, 0);
        if (!text.subtitle().isEmpty()) {
            flow.paragraph(text.subtitle(), fonts.regular(), 10, Colours.MUTED, 0);
        }
        flow.gap(4);
        rule(cs, flow.y());
        flow.gap(8);
        figures(cs, flow);
        flow.gap(6);
        PdfLegend.draw(doc, flow, cs, fonts, 9, legendEntries(), PdfLegend.Labels.CLINICAL);
        flow.gap(6);
        section(flow, "Trigger points", s);
        text.points().forEach(p -> flow.item("X", p, fonts.regular(), s, Colours.TEXT, s * 1.2f));
        list(flow, "Essential pain", text.essential(), s);
        list(flow, "Spillover", text.spillover(), s);
        if (!text.techniques().isEmpty()) {
            section(flow, "Key techniques", s);
            text.techniques().forEach(t -> flow.item("-", t, fonts.regular(), s, Colours.TEXT, s * 1.2f));
        }
        if (!text.precautions().isEmpty()) {
            section(flow, "Precautions", s);
            text.precautions().forEach(t -> flow.item("!", t, fonts.regular(), s, Colours.TEXT, s * 1.2f));
        }
        if (!text.sources().isEmpty()) {
            section(flow, "Sources", s * 0.9f);
            text.sources().forEach(t -> flow.paragraph(t, fonts.regular(), s * 0.85f, Colours.MUTED, 0));
        }
        return flow.y();
    }

    private void figures(PDPageContentStream cs, PdfFlow flow) throws IOException {
        List<String> views = plate.views();
        float boxW = (width() - GAP * (views.size() - 1)) / views.size();
        float boxH = page.getHeight() * share - 40;
        float top = flow.y();
        float x = MARGIN;
        for (String view : views) {
            FigureRequest request = request(view);
            Rectangle2D area = Figures.focus(renderer.atlas(), request, boxW / boxH);
            float w = (float) Math.min(boxW, boxH * area.getWidth() / area.getHeight());
            float h = (float) (w * area.getHeight() / area.getWidth());
            float left = x + (boxW - w) / 2;
            if (cs != null) {
                PdfFigure.draw(doc, cs, renderer, request, area, left, top - h, w);
                cs.setStrokingColor(Colours.RULE);
                cs.setLineWidth(0.6f);
                cs.addRect(left, top - h, w, h);
                cs.stroke();
            }
            String caption = renderer.atlas().view(view).map(v -> v.name()).orElse(view);
            flow.showAt(caption, fonts.regular(), 8.5f, Colours.MUTED, left, top - h - 11);
            x += boxW + GAP;
        }
        flow.gap(boxH + 14);
    }

    FigureRequest request(String view) {
        return new FigureRequest(view, plate.muscle().id(), side, null, List.of(), false,
                plate.triggerPoint() == null ? null : plate.triggerPoint().id());
    }

    private Figures.LegendEntries legendEntries() {
        boolean essential = false;
        boolean spillover = false;
        boolean marks = false;
        for (String view : plate.views()) {
            Figures.LegendEntries e = Figures.legendEntries(renderer.atlas(), request(view));
            essential |= e.essential();
            spillover |= e.spillover();
            marks |= e.marks();
        }
        return new Figures.LegendEntries(essential, spillover, marks, false);
    }

    private void section(PdfFlow flow, String heading, float s) {
        flow.gap(s * 0.5f);
        flow.paragraph(heading, fonts.bold(), s * 1.1f, Colours.HEADING, 0);
    }

    private void list(PdfFlow flow, String heading, List<String> names, float s) {
        if (names.isEmpty()) {
            return;
        }
        flow.gap(s * 0.5f);
        flow.styled(heading + ":", String.join(", ", names), s, Colours.TEXT, 0);
    }

    private void rule(PDPageContentStream cs, float y) throws IOException {
        if (cs != null) {
            cs.setStrokingColor(Colours.RULE);
            cs.setLineWidth(0.8f);
            cs.moveTo(MARGIN, y);
            cs.lineTo(page.getWidth() - MARGIN, y);
            cs.stroke();
        }
    }
}
