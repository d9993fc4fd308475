package org.referralatlas.ui.bodymap;

import org.referralatlas.geometry.Mask;
import org.referralatlas.geometry.MaskGrid;
import org.referralatlas.geometry.MaskRuns;
import org.referralatlas.scene.PatternScene;

/** SVG path data built in code: a {@link Mask}'s cells (one node for a painted area), and dots. */
final class PathData {
    private PathData() {
    }

    /** SVG path data of the mask's cells, one rectangle per horizontal run of set cells. */
    static String runs(Mask mask) {
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

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** One round dot per set cell, half a cell across: a stippled area (a spillover brush). */
    static String dots(Mask mask) {
        if (mask == null || mask.isEmpty()) {
            return "";
        }
        MaskGrid g = mask.grid();
        double r = g.cellSize() / 4;
        StringBuilder sb = new StringBuilder();
        mask.forEachCell((c, row) -> sb.append(PatternScene.circle(g.centreX(c), g.centreY(row), r)));
        return sb.toString();
    }
}
