package org.referralatlas.export;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.referralatlas.export.HandoutBuilder.Colours;

/**
 * Places the handout's content on the page for one body type size. The same code measures (null stream)
 * and draws, so what was measured is what gets drawn.
 */
final class HandoutLayout {
    static final float FOOTER_SIZE = 7.5f;
    static final String DISCLAIMER = "This handout is general information to support your therapist's advice. "
            + "It is not a substitute for medical advice, diagnosis or treatment.";

    private final HandoutContent c;
    private final PdfFonts fonts;
    private final PDRectangle page;
    private final PDImageXObject image;
    private final float figureHeight;
    private final Figures.LegendEntries legend;

    HandoutLayout(HandoutContent content, PdfFonts fonts, PDRectangle page, PDImageXObject image,
                  float figureHeight, Figures.LegendEntries legend) {
        this.c = content;
        this.fonts = fonts;
        this.page = page;
        this.image = image;
        this.figureHeight = figureHeight;
        this.legend = legend;
    }

    boolean fits(float size) throws IOException {
        return body(null, null, size) >= footer(null) + 6;
    }

    void draw(PDDocument doc, PDPageContentStream cs, float size) throws IOException {
        footer(cs);
        body(doc, cs, size);
    }

    private float left() {
        return HandoutBuilder.MARGIN;
    }

    private float width() {
        return page.getWidth() - 2 * HandoutBuilder.MARGIN;
    }

    /** Draws everything above the footer; returns the lowest y used. */
    private float body(PDDocument doc, PDPageContentStream cs, float s) throws IOException {
        PdfFlow head = new PdfFlow(cs, fonts, left(), width(), page.getHeight() - HandoutBuilder.MARGIN);
        head.paragraph(c.title(), fonts.bold(), s * 2, Colours.HEADING, 0);
        head.gap(2);
        head.paragraph(c.subtitle(), fonts.regular(), s, Colours.MUTED, 0);
        head.gap(4);
        rule(cs, head.y());
        head.gap(10);
        float rowTop = head.y();

        float figW = HandoutBuilder.FIGURE_WIDTH;
        if (cs != null) {
            cs.drawImage(image, left(), rowTop - figureHeight, figW, figureHeight);
            cs.setStrokingColor(Colours.RULE);
            cs.setLineWidth(0.6f);
            cs.addRect(left(), rowTop - figureHeight, figW, figureHeight);
            cs.stroke();
        }
        float colGap = 18;
        PdfFlow col = new PdfFlow(cs, fonts, left() + figW + colGap, width() - figW - colGap, rowTop);
        heading(col, c.aboutHeading(), s, true);
        for (String p : c.about()) {
            col.paragraph(p, fonts.regular(), s, Colours.TEXT, 0);
            col.gap(s * 0.3f);
        }
        heading(col, "Where it hurts", s, false);
        for (String w : c.whereItHurts()) {
            col.item("\u2022", w, fonts.regular(), s, Colours.TEXT, s);
            col.gap(s * 0.2f);
        }
        if (!c.candidates().isEmpty()) {
            heading(col, "Muscles that may be causing it", s, false);
            for (HandoutContent.Candidate cand : c.candidates()) {
                col.marker(cand.rank() + ".", fonts.bold(), s, Colours.TEXT, s * 1.4f);
                col.styled(cand.name(), cand.reason().isEmpty() ? "" : "\u2013 " + cand.reason() + ".", s,
                        Colours.TEXT, s * 1.4f);
                col.gap(s * 0.2f);
            }
        }

        // The legend sits beside the figure, not under it, so the row costs no more height than the figure.
        heading(col, "On the picture (" + PlainWords.side(c.figure().side()) + ")", s, false);
        PdfLegend.draw(doc, col, cs, fonts, s, legend);
        float figureBottom = rowTop - figureHeight - s * 0.4f;
        PdfFlow body = new PdfFlow(cs, fonts, left(), width(), Math.min(figureBottom, col.y()));
        heading(body, "What you can do at home", s, false);
        if (c.selfCare().isEmpty()) {
            body.paragraph("Your therapist will show you what to do at home.", fonts.regular(), s, Colours.TEXT, 0);
        }
        for (HandoutContent.SelfCare care : c.selfCare()) {
            body.styled(care.name() + ".", care.plainLanguage() == null ? "" : care.plainLanguage(), s,
                    Colours.TEXT, 0);
            if (care.muscleNote() != null && !care.muscleNote().isBlank()) {
                body.paragraph("For you: " + care.muscleNote(), fonts.regular(), s, Colours.MUTED, 0);
            }
            int n = 1;
            for (String step : care.steps()) {
                body.item(n++ + ".", step, fonts.regular(), s, Colours.TEXT, s * 1.8f);
            }
            body.gap(s * 0.4f);
        }
        if (!c.precautions().isEmpty()) {
            heading(body, "Take care", s, false);
            for (String p : c.precautions()) {
                body.item("\u2022", p, fonts.regular(), s, Colours.TEXT, s);
            }
        }
        body.gap(s * 0.8f);
        box(cs, body, s, Colours.FLAG_FILL, Colours.FLAG_LINE, 1.2f, inner -> {
            inner.paragraph("When to see a doctor", fonts.bold(), s * 1.2f, Colours.FLAG_TEXT, 0);
            inner.gap(s * 0.2f);
            for (HandoutContent.Flag f : c.redFlags()) {
                inner.marker("!", fonts.bold(), s, Colours.FLAG_LINE, s);
                inner.styled(f.title() + ":", f.text(), s, Colours.TEXT, s);
                inner.gap(s * 0.2f);
            }
        });
        heading(body, "Your therapist's note", s, false);
        if (c.note() != null) {
            box(cs, body, s, Colours.NOTE_FILL, Colours.RULE, 0.6f,
                    inner -> inner.paragraph(c.note(), fonts.regular(), s, Colours.TEXT, 0));
        } else {
            for (int i = 0; i < 3; i++) {
                body.gap(s * 2f);
                rule(cs, body.y());
            }
        }
        return body.y();
    }

    private void heading(PdfFlow flow, String text, float s, boolean first) {
        if (!first) {
            flow.gap(s * 0.7f);
        }
        flow.paragraph(text, fonts.bold(), s * 1.2f, Colours.HEADING, 0);
        flow.gap(s * 0.15f);
    }

    /** A padded box around whatever {@code content} writes, sized by measuring it first. */
    private void box(PDPageContentStream cs, PdfFlow flow, float s, Color fill, Color line, float lineWidth,
                     Consumer<PdfFlow> content) throws IOException {
        float pad = 8;
        PdfFlow measure = new PdfFlow(null, fonts, flow.x() + pad, flow.width() - 2 * pad, 0);
        content.accept(measure);
        float height = -measure.y() + 2 * pad - s * 0.2f;
        if (cs != null) {
            cs.setNonStrokingColor(fill);
            cs.setStrokingColor(line);
            cs.setLineWidth(lineWidth);
            cs.addRect(flow.x(), flow.y() - height, flow.width(), height);
            cs.fillAndStroke();
        }
        content.accept(new PdfFlow(cs, fonts, flow.x() + pad, flow.width() - 2 * pad, flow.y() - pad));
        flow.gap(height);
    }

    private void rule(PDPageContentStream cs, float y) {
        if (cs == null) {
            return;
        }
        try {
            cs.setStrokingColor(Colours.RULE);
            cs.setLineWidth(0.6f);
            cs.moveTo(left(), y);
            cs.lineTo(left() + width(), y);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws (or measures) the footer at the page bottom; returns its top. */
    private float footer(PDPageContentStream cs) {
        List<String> lines = List.of(
                c.sources().isEmpty() ? "" : "Sources: " + String.join(" ", c.sources()),
                "Made with Referral Atlas (" + c.atlasLine() + "). " + DISCLAIMER);
        PdfFlow measure = new PdfFlow(null, fonts, left(), width(), 0);
        lines.forEach(l -> measure.paragraph(l, fonts.regular(), FOOTER_SIZE, Colours.MUTED, 0));
        float top = HandoutBuilder.MARGIN - 10 - measure.y();
        rule(cs, top + 4);
        PdfFlow flow = new PdfFlow(cs, fonts, left(), width(), top);
        lines.forEach(l -> flow.paragraph(l, fonts.regular(), FOOTER_SIZE, Colours.MUTED, 0));
        return top + 4;
    }
}
