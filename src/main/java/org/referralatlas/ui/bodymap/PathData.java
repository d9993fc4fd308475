package org.referralatlas.ui.bodymap;

import org.referralatlas.geometry.Mask;
import org.referralatlas.geometry.MaskGrid;
import org.referralatlas.scene.PatternScene;

/** SVG path data built in code: a {@link Mask}'s cells as dots (a painted area's runs are {@link org.referralatlas.scene.DrawingScene#runs}). */
final class PathData {
    private PathData() {
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
