package org.referralatlas.ui.bodymap;

import java.util.List;
import java.util.Map;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.SVGPath;

/**
 * The nodes built for one view and layer: what the skin shows and what it updates when the
 * selection or highlights change (without rebuilding).
 *
 * @param root          all figure nodes in design coordinates
 * @param muscleNodes   interactive muscle nodes by muscle id (authored shape first, then mirror copies)
 * @param keyboardOrder muscle ids in the order Tab and the arrow keys visit them
 * @param regionNodes   pain-region nodes by region id
 * @param pattern       the group that receives the selected muscle's zones and trigger points
 * @param profile       true for a one-sided view (lateral): no mirror copies; the left side is the
 *                      whole figure mirrored
 */
record Figure(Group root, Map<String, List<SVGPath>> muscleNodes, List<String> keyboardOrder,
              Map<String, List<SVGPath>> regionNodes, Group pattern, boolean profile) {

    /**
     * Bounds, in the coordinates of the root's parent, of a muscle's authored shape and of the
     * pattern drawn for it (zones, trigger points, not the selection outline); null when nothing is drawn.
     */
    Bounds patternBounds(String muscleId) {
        Bounds b = null;
        for (Node n : pattern.getChildren()) {
            if (!n.getStyleClass().contains(BodyMapCss.SELECTION_OUTLINE)) {
                b = union(b, n.getBoundsInParent());
            }
        }
        for (SVGPath node : muscleNodes.getOrDefault(muscleId, List.of())) {
            if (node.getTransforms().isEmpty()) {
                b = union(b, node.getBoundsInParent());
            }
        }
        return b == null ? null : root.localToParent(b); // through the mirror of a left-side profile view
    }

    private static Bounds union(Bounds a, Bounds b) {
        if (a == null) {
            return b;
        }
        double x0 = Math.min(a.getMinX(), b.getMinX());
        double y0 = Math.min(a.getMinY(), b.getMinY());
        double x1 = Math.max(a.getMaxX(), b.getMaxX());
        double y1 = Math.max(a.getMaxY(), b.getMaxY());
        return new BoundingBox(x0, y0, x1 - x0, y1 - y0);
    }
}
