package org.referralatlas.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.referralatlas.model.ArtKind;

/**
 * Colours and strokes of exported figures. The colours are the app's palette tokens
 * ({@code palette/light.css}, read by {@link Palette}), so a PNG or a handout shows the figure as the
 * screen does: zones differ by pattern too (spillover dots), not only by colour. Widths are in design
 * units (head height 200).
 */
final class FigureStyle {
    private static final Palette PALETTE = Palette.light();

    static final Color BACKGROUND = PALETTE.color("background");
    static final Color SKIN = PALETTE.color("skin");
    static final Color SKIN_LINE = PALETTE.color("skin-line");
    static final Color BONE = PALETTE.color("bone");
    static final Color BONE_LINE = PALETTE.color("bone-line");
    static final Color CARTILAGE = PALETTE.color("cartilage");
    static final Color TENDON = PALETTE.color("tendon");
    static final Color TENDON_LINE = PALETTE.color("tendon-line");
    static final Color CONTEXT_MUSCLE = PALETTE.color("context-muscle");
    static final Color CONTEXT_LINE = PALETTE.color("context-muscle-line");
    static final Color CONTEXT_FIBRE = PALETTE.color("context-fibre");
    static final Color FEATURE_LINE = PALETTE.color("line");
    static final Color MUSCLE = PALETTE.color("muscle");
    static final Color MUSCLE_LINE = PALETTE.color("muscle-line");
    static final Color FIBRE = PALETTE.color("fibre");
    static final Color SELECTED = PALETTE.color("muscle-selected");
    static final Color SELECTED_LINE = PALETTE.color("selection-line");
    /** The essential zone's fill: opaque so that it reads as "solid" on screen, paper and in tests. */
    static final Color ESSENTIAL = PALETTE.color("essential");
    static final Color ZONE_LINE = PALETTE.color("essential-line");
    static final Color SPILLOVER = PALETTE.color("spillover");
    static final Color SPILLOVER_TINT = PALETTE.color("spillover-tint");
    static final Color PAIN = PALETTE.color("chosen-line");
    static final Color PAIN_TINT = PALETTE.color("chosen");
    static final Color MARK = PALETTE.color("trigger-point");
    static final Color MARK_HALO = PALETTE.color("trigger-point-halo");
    static final Color TEXT = PALETTE.color("legend-text");
    /** A patient's pain drawing, by intensity (mild, moderate, severe) as on screen, and its outline. */
    static final Color[] PAINTED = {PALETTE.color("painted-mild"), PALETTE.color("painted-moderate"),
        PALETTE.color("painted-severe")};
    static final Color PAINTED_LINE = PALETTE.color("painted-line");

    static final BasicStroke THIN = new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final BasicStroke FIBRE_STROKE = new BasicStroke(0.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final BasicStroke BOLD = new BasicStroke(2.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final BasicStroke ZONE = new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final BasicStroke DASHED = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {5f, 3.5f}, 0f);
    static final double STIPPLE_SPACING = 6.0;
    static final double STIPPLE_RADIUS = 1.5;
    static final double MARK_SIZE = 7.0;

    private FigureStyle() {
    }

    /** A translucent token as it looks on the paper, for output that has no transparency (PDF fills). */
    static Color opaque(Color tint) {
        double a = tint.getAlpha() / 255.0;
        return new Color((int) Math.round(tint.getRed() * a + BACKGROUND.getRed() * (1 - a)),
                (int) Math.round(tint.getGreen() * a + BACKGROUND.getGreen() * (1 - a)),
                (int) Math.round(tint.getBlue() * a + BACKGROUND.getBlue() * (1 - a)));
    }

    /** Fill (may be null) and line colour of a kind of base art. */
    static Color artFill(ArtKind kind) {
        return switch (kind) {
            case SILHOUETTE -> SKIN;
            case BONE -> BONE;
            case CARTILAGE -> CARTILAGE;
            case TENDON -> TENDON;
            case MUSCLE -> CONTEXT_MUSCLE;
            case FEATURE, OUTLINE -> null;
        };
    }

    static Color artLine(ArtKind kind) {
        return switch (kind) {
            case SILHOUETTE -> SKIN_LINE;
            case BONE -> BONE_LINE;
            case CARTILAGE -> BONE_LINE;
            case TENDON -> TENDON_LINE;
            case MUSCLE -> CONTEXT_LINE;
            case FEATURE, OUTLINE -> FEATURE_LINE;
        };
    }

    /** Travell &amp; Simons' stipple: dots on a staggered grid, clipped to the shape. */
    static void stipple(Graphics2D g, Shape area, Color colour) {
        Shape oldClip = g.getClip();
        g.clip(area);
        g.setColor(colour);
        Rectangle2D b = area.getBounds2D();
        int row = 0;
        for (double y = b.getMinY() + STIPPLE_SPACING / 2; y < b.getMaxY(); y += STIPPLE_SPACING * 0.866, row++) {
            double start = b.getMinX() + (row % 2 == 0 ? 0 : STIPPLE_SPACING / 2);
            for (double x = start; x < b.getMaxX() + STIPPLE_SPACING; x += STIPPLE_SPACING) {
                g.fill(new Ellipse2D.Double(x - STIPPLE_RADIUS, y - STIPPLE_RADIUS,
                        2 * STIPPLE_RADIUS, 2 * STIPPLE_RADIUS));
            }
        }
        g.setClip(oldClip);
    }

    /** An X with a white halo so it stays visible on the red essential zone and on skin. */
    static void cross(Graphics2D g, double x, double y, double size) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x - size, y - size);
        p.lineTo(x + size, y + size);
        p.moveTo(x - size, y + size);
        p.lineTo(x + size, y - size);
        g.setColor(MARK_HALO);
        g.setStroke(new BasicStroke((float) (size * 0.75), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(p);
        g.setColor(MARK);
        g.setStroke(new BasicStroke((float) (size * 0.38), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(p);
    }
}
