package org.referralatlas.export;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.referralatlas.geometry.Mask;
import org.referralatlas.geometry.MaskGrid;
import org.referralatlas.geometry.MaskRuns;
import org.referralatlas.model.Intensity;
import org.referralatlas.scene.DrawingScene;

/**
 * A patient's pain drawing on one view, as an export draws it over the figure: the painted cells per
 * intensity, in the view's design coordinates (a profile showing the left is flipped with the figure).
 * The masks must not change afterwards (pass copies).
 *
 * @param viewId the view the cells were painted on
 * @param layers one mask per {@link Intensity}, in declaration order (mild, moderate, severe)
 */
public record PaintedArea(String viewId, List<Mask> layers) {
    public PaintedArea {
        layers = List.copyOf(layers);
        if (layers.size() != Intensity.values().length) {
            throw new IllegalArgumentException("one layer per intensity");
        }
    }

    /** Whether nothing is painted. */
    public boolean isEmpty() {
        return layers.stream().allMatch(Mask::isEmpty);
    }

    /** The cells of one intensity as one outline of row runs, in design units. */
    Path2D.Double outline(Intensity intensity) {
        Mask mask = layers.get(intensity.ordinal());
        MaskGrid g = mask.grid();
        Path2D.Double path = new Path2D.Double();
        MaskRuns.forEach(mask, (row, first, last) -> path.append(new Rectangle2D.Double(
                g.minX() + first * g.cellSize(), g.minY() + row * g.cellSize(), (last - first + 1) * g.cellSize(),
                g.cellSize()), false));
        return path;
    }

    /**
     * Draws the drawing over a figure as the map shows it ({@link DrawingScene}): darker where it hurts
     * more, outlined so it reads on any zone.
     */
    void paint(Graphics2D g) {
        ScenePainter.paint(g, DrawingScene.of(layers), new AffineTransform(), Figures::path);
    }

    /** Outline of every painted cell, for a close-up around the drawing. */
    Path2D.Double outline() {
        Path2D.Double all = new Path2D.Double();
        for (Intensity i : Intensity.values()) {
            all.append(outline(i), false);
        }
        return all;
    }
}
