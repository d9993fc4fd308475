package org.referralatlas.ui.bodymap;

import org.referralatlas.geometry.Mask;
import org.referralatlas.geometry.MaskGrid;
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
        int[] run = {-1, -1, -1}; // row, first column, last column
        mask.forEachCell((c, r) -> {
            if (r == run[0] && c == run[2] + 1) {
                run[2] = c;
                return;
            }
            append(sb, g, run);
            run[0] = r;
            run[1] = c;
            run[2] = c;
        });
        append(sb, g, run);
        return sb.toString();
    }

    private static void append(StringBuilder sb, MaskGrid g, int[] run) {
        if (run[0] < 0) {
            return;
        }
        double x = g.minX() + run[1] * g.cellSize();
        double y = g.minY() + run[0] * g.cellSize();
        double w = (run[2] - run[1] + 1) * g.cellSize();
        sb.append('M').append(fmt(x)).append(' ').append(fmt(y)).append('h').append(fmt(w))
                .append('v').append(fmt(g.cellSize())).append('h').append(fmt(-w)).append('z');
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
