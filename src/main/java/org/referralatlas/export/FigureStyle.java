package org.referralatlas.export;

import java.awt.BasicStroke;
import java.awt.Color;

/**
 * Colours and strokes of exported figures. The colours are the app's palette tokens
 * ({@code palette/light.css}, read by {@link Palette}), so a PNG or a handout shows the figure as the
 * screen does; the figure itself is drawn from the screen's own scene ({@link ScenePainter}), so what is left here
 * is for the legend and the PDF key. Widths are in design units (head height 200).
 */
final class FigureStyle {
    private static final Palette PALETTE = Palette.light();

    static final Color BACKGROUND = PALETTE.color("background");
    static final Color BONE_LINE = PALETTE.color("bone-line");
    static final Color CONTEXT_MUSCLE = PALETTE.color("context-muscle");
    /** The essential zone's fill (the tests look for it in PNGs). */
    static final Color ESSENTIAL = PALETTE.color("essential");
    static final Color TEXT = PALETTE.color("legend-text");
    /** A patient's pain drawing, by intensity (mild, moderate, severe) as on screen, and its outline. */
    static final Color[] PAINTED = {PALETTE.color("painted-mild"), PALETTE.color("painted-moderate"),
        PALETTE.color("painted-severe")};
    static final Color PAINTED_LINE = PALETTE.color("painted-line");

    static final BasicStroke THIN = new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    private FigureStyle() {
    }

    /** A translucent token as it looks on the paper, for output that has no transparency (PDF fills). */
    static Color opaque(Color tint) {
        double a = tint.getAlpha() / 255.0;
        return new Color((int) Math.round(tint.getRed() * a + BACKGROUND.getRed() * (1 - a)),
                (int) Math.round(tint.getGreen() * a + BACKGROUND.getGreen() * (1 - a)),
                (int) Math.round(tint.getBlue() * a + BACKGROUND.getBlue() * (1 - a)));
    }

    /** The colour of a palette token ({@code -atlas-} left off), as the scene's roles name them. */
    static Color token(String name) {
        return PALETTE.color(name);
    }
}
