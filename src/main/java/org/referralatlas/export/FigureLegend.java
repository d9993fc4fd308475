package org.referralatlas.export;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.Side;
import org.referralatlas.scene.FigureKey;

/**
 * The legend band under an exported figure, in plain words a patient understands: what is solid, what is
 * dotted, what the X means. Drawn in design units so it scales with the figure.
 */
final class FigureLegend {
    /** Legend wording, shared with the PDF handout so both say the same thing. */
    static final String ESSENTIAL = "Main pain area";
    static final String SPILLOVER = "Pain may also spread here";
    static final String TRIGGER_POINT = "X = the tender knot (trigger point)";
    static final String PAIN = "Where you feel pain";
    /** The patient's own drawing (the handout's key; darker where it hurts more). */
    static final String DRAWN = "Where you marked your pain (darker: worse)";

    private static final double SWATCH = 24;
    /** Narrower than this (design units), the entries stack in one column instead of two. */
    static final double TWO_COLUMNS = 640;
    private static final double ROW = 26;

    /** The band's height for a figure this wide: two rows of two entries, or one column of four. */
    static double height(double width) {
        return width >= TWO_COLUMNS ? FigureRenderer.LEGEND_HEIGHT : 48 + 4 * ROW;
    }

    private FigureLegend() {
    }

    static void draw(Graphics2D g, double width, String viewName, Muscle muscle, FigureRequest request,
                     Figures.LegendEntries entries) {
        g.setColor(FigureStyle.BONE_LINE);
        g.setStroke(FigureStyle.THIN);
        g.draw(new Line2D.Double(16, 4, width - 16, 4));
        g.setColor(FigureStyle.TEXT);
        String caption = caption(muscle, request.side(), entries.pain());
        g.setFont(fitted(g, caption.isEmpty() ? viewName : caption, width - 40));
        g.drawString(caption.isEmpty() ? viewName : caption, 20, 32);
        g.setFont(labelFont(g, width));
        double[][] cells = width >= TWO_COLUMNS
                ? new double[][] {{20, 48}, {width / 2, 48}, {20, 48 + ROW}, {width / 2, 48 + ROW}}
                : new double[][] {{20, 48}, {20, 48 + ROW}, {20, 48 + 2 * ROW}, {20, 48 + 3 * ROW}};
        int i = 0;
        if (entries.essential()) {
            entry(g, cells[i++], FigureKey.ESSENTIAL, ESSENTIAL);
        }
        if (entries.spillover()) {
            entry(g, cells[i++], FigureKey.SPILLOVER, SPILLOVER);
        }
        if (entries.marks()) {
            entry(g, cells[i++], FigureKey.TRIGGER_POINT, TRIGGER_POINT);
        }
        if (entries.pain()) {
            entry(g, cells[i], FigureKey.PAIN, PAIN);
        }
    }

    /**
     * The entries' font: 18, or smaller (down to 9) until the longest entry fits its column of a figure
     * this wide, so that no label ("Pain may also spread here") is cut at the image's edge.
     */
    static Font labelFont(Graphics2D g, double width) {
        double column = (width >= TWO_COLUMNS ? width / 2 : width - 20) - SWATCH - 10 - 8;
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 18);
        for (String text : new String[] {ESSENTIAL, SPILLOVER, TRIGGER_POINT, PAIN}) {
            while (font.getSize() > 9 && g.getFontMetrics(font).stringWidth(text) > column) {
                font = font.deriveFont((float) font.getSize() - 1);
            }
        }
        return font;
    }

    /** The caption's bold font, smaller (down to 14) when a long muscle name would not fit. */
    private static Font fitted(Graphics2D g, String text, double width) {
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, 22);
        while (font.getSize() > 14 && g.getFontMetrics(font).stringWidth(text) > width) {
            font = font.deriveFont((float) font.getSize() - 1);
        }
        return font;
    }

    /** One entry: its swatch, the figure's own shapes for it, in a box left of its label. */
    private static void entry(Graphics2D g, double[] cell, FigureKey entry, String text) {
        ScenePainter.paint(g, entry.swatch(cell[0], cell[1] - 2, SWATCH, SWATCH * 0.8),
                new java.awt.geom.AffineTransform(), Figures::path);
        label(g, cell, text);
    }

    private static void label(Graphics2D g, double[] cell, String text) {
        g.setColor(FigureStyle.TEXT);
        g.drawString(text, (float) (cell[0] + SWATCH + 10), (float) (cell[1] + 15));
    }

    /** "Upper trapezius, right side": what the figure shows, for the legend and the handout. */
    static String caption(Muscle muscle, Side side, boolean painRegions) {
        String where = PlainWords.side(side);
        if (muscle != null) {
            return muscle.name() + ", " + where;
        }
        return painRegions ? "Where you feel pain, " + where : "";
    }
}
