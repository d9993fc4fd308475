package org.referralatlas.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.util.List;
import java.util.function.Function;
import org.referralatlas.scene.Role;
import org.referralatlas.scene.SceneShape;

/**
 * The Java2D side of a figure scene: draws each {@link SceneShape} with its role's palette tokens,
 * stroke and opacity (the ones bodymap.css gives the role's style classes on screen), clipped and
 * mirrored as the shape says. The JavaFX body map builds its nodes from the same list.
 */
final class ScenePainter {
    private ScenePainter() {
    }

    /**
     * Paints the shapes in order in design units. {@code mirror} maps the patient's right to the left
     * (the view's midline mirror); {@code paths} parses path data (the renderer's cache).
     */
    static void paint(Graphics2D g, List<SceneShape> shapes, AffineTransform mirror,
                      Function<String, Path2D.Double> paths) {
        for (SceneShape s : shapes) {
            if (s.path().isEmpty()) {
                continue; // an empty layer of a drawing
            }
            AffineTransform t = s.mirrored() ? mirror : new AffineTransform();
            Shape shape = t.createTransformedShape(paths.apply(s.path()));
            Shape oldClip = g.getClip();
            if (s.clip() != null) {
                g.clip(t.createTransformedShape(paths.apply(s.clip())));
            }
            Role role = s.role();
            if (role.fill() != null) {
                g.setColor(colour(role.fill(), role.opacity()));
                g.fill(shape);
            }
            if (role.line() != null && role.width() > 0) {
                g.setColor(colour(role.line(), role.opacity()));
                g.setStroke(stroke(role));
                g.draw(shape);
            }
            g.setClip(oldClip);
        }
    }

    /**
     * A token's colour at the role's opacity, folded into the colour's alpha rather than a composite
     * (a PDF page takes a translucent colour; a shape's own fill and line never overlap themselves).
     */
    private static Color colour(String token, double opacity) {
        Color c = FigureStyle.token(token);
        return opacity >= 1 ? c : new Color(c.getRed(), c.getGreen(), c.getBlue(),
                (int) Math.round(c.getAlpha() * opacity));
    }

    /** The role's outline as a Java2D stroke: its width, dashes and caps. */
    static BasicStroke stroke(Role role) {
        int cap = role.round() ? BasicStroke.CAP_ROUND : BasicStroke.CAP_BUTT;
        double[] dash = role.dash();
        if (dash == null) {
            return new BasicStroke((float) role.width(), cap, BasicStroke.JOIN_ROUND);
        }
        float[] pattern = new float[dash.length];
        for (int i = 0; i < dash.length; i++) {
            pattern[i] = (float) dash[i];
        }
        return new BasicStroke((float) role.width(), cap, BasicStroke.JOIN_ROUND, 10f, pattern, 0f);
    }
}
