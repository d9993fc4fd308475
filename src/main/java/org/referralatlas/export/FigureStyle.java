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
 * Colours and strokes of exported figures. Chosen to print well in colour and to stay readable in
 * greyscale: zones are a saturated red over muted anatomy, spillover differs by texture (dots), not
 * only by colour. Widths are in design units (head height 200).
 */
final class FigureStyle {
    static final Color BACKGROUND = Color.WHITE;
    static final Color SKIN = new Color(0xF4DCC8);
    static final Color SKIN_LINE = new Color(0xA9826B);
    static final Color BONE = new Color(0xF6F0DA);
    static final Color BONE_LINE = new Color(0xC4B690);
    static final Color CARTILAGE = new Color(0xDCE7EC);
    static final Color TENDON = new Color(0xF1EBE0);
    static final Color TENDON_LINE = new Color(0xBDAF97);
    static final Color CONTEXT_MUSCLE = new Color(0xEAC6BC);
    static final Color CONTEXT_LINE = new Color(0xB98A80);
    static final Color CONTEXT_FIBRE = new Color(0xCFA196);
    static final Color FEATURE_LINE = new Color(0x7D6355);
    static final Color MUSCLE = new Color(0xD39A92);
    static final Color MUSCLE_LINE = new Color(0x9C5F58);
    static final Color FIBRE = new Color(0xB5766E);
    static final Color SELECTED = new Color(0xB84A40);
    static final Color SELECTED_LINE = new Color(0x6E211B);
    /** The essential zone's fill: opaque so that it reads as "solid" on screen, paper and in tests. */
    static final Color ESSENTIAL = new Color(0xC62828);
    static final Color ZONE_LINE = new Color(0x8E0000);
    static final Color SPILLOVER_TINT = new Color(198, 40, 40, 40);
    static final Color PAIN = new Color(0x1565C0);
    static final Color PAIN_TINT = new Color(21, 101, 192, 60);
    static final Color MARK = new Color(0x111111);
    static final Color TEXT = new Color(0x222222);

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
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke((float) (size * 0.75), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(p);
        g.setColor(MARK);
        g.setStroke(new BasicStroke((float) (size * 0.38), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(p);
    }
}
