package org.referralatlas.scene;

import java.util.ArrayList;
import java.util.List;
import org.referralatlas.geometry.Mask;
import org.referralatlas.geometry.MaskGrid;
import org.referralatlas.geometry.MaskRuns;
import org.referralatlas.model.Intensity;

/**
 * A patient's pain drawing as scene shapes, the one description the map's drawing layer and an
 * export's drawing draw: each intensity's cells merged into row runs (mild, moderate, severe, darker
 * where it hurts more), then the outline of all painted cells so the drawing reads over a zone.
 */
public final class DrawingScene {
    private DrawingScene() {
    }

    /**
     * The drawing's shapes; an intensity with no cells, and the outline of an empty drawing, have
     * empty path data (nothing to draw).
     *
     * @param layers one mask per {@link Intensity}, in declaration order, on one grid
     */
    public static List<SceneShape> of(List<Mask> layers) {
        List<SceneShape> shapes = new ArrayList<>();
        Mask all = null;
        for (Intensity i : Intensity.values()) {
            Mask mask = layers.get(i.ordinal());
            shapes.add(new SceneShape(Role.painted(i), runs(mask), null, false, null));
            if (mask != null) {
                all = all == null ? mask.copy() : all.or(mask);
            }
        }
        shapes.add(new SceneShape(Role.PAINTED_OUTLINE, outline(all), null, false, null));
        return shapes;
    }

    /** SVG path data of the mask's cells, one rectangle per horizontal run of set cells. */
    public static String runs(Mask mask) {
        if (mask == null || mask.isEmpty()) {
            return "";
        }
        MaskGrid g = mask.grid();
        StringBuilder sb = new StringBuilder();
        MaskRuns.forEach(mask, (row, first, last) -> {
            double w = (last - first + 1) * g.cellSize();
            sb.append('M').append(fmt(g.minX() + first * g.cellSize())).append(' ')
                    .append(fmt(g.minY() + row * g.cellSize())).append('h').append(fmt(w))
                    .append('v').append(fmt(g.cellSize())).append('h').append(fmt(-w)).append('z');
        });
        return sb.toString();
    }

    /**
     * SVG path data of the boundary of the mask's cells: one segment per cell edge between a set cell
     * and an unset one, so that stroking it outlines the area without the seams between its runs.
     */
    static String outline(Mask mask) {
        if (mask == null || mask.isEmpty()) {
            return "";
        }
        MaskGrid g = mask.grid();
        double s = g.cellSize();
        StringBuilder sb = new StringBuilder();
        mask.forEachCell((c, row) -> {
            double x = g.minX() + c * s;
            double y = g.minY() + row * s;
            if (!set(mask, c, row - 1)) {
                sb.append('M').append(fmt(x)).append(' ').append(fmt(y)).append('h').append(fmt(s));
            }
            if (!set(mask, c, row + 1)) {
                sb.append('M').append(fmt(x)).append(' ').append(fmt(y + s)).append('h').append(fmt(s));
            }
            if (!set(mask, c - 1, row)) {
                sb.append('M').append(fmt(x)).append(' ').append(fmt(y)).append('v').append(fmt(s));
            }
            if (!set(mask, c + 1, row)) {
                sb.append('M').append(fmt(x + s)).append(' ').append(fmt(y)).append('v').append(fmt(s));
            }
        });
        return sb.toString();
    }

    private static boolean set(Mask mask, int column, int row) {
        MaskGrid g = mask.grid();
        return column >= 0 && row >= 0 && column < g.columns() && row < g.rows() && mask.get(column, row);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
