package org.referralatlas.ui.bodymap;

import java.util.List;
import java.util.Map;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.SVGPath;
import org.referralatlas.model.ViewBox;

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
 * @param scene         the scene the nodes were built from, nothing selected (see FigureScene)
 */
record Figure(Group root, Map<String, List<SVGPath>> muscleNodes, List<String> keyboardOrder,
              Map<String, List<SVGPath>> regionNodes, Group pattern, boolean profile,
              List<org.referralatlas.scene.SceneShape> scene) {

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

    /** Shows selection, keyboard focus and highlights (others dimmed while any is highlighted) by pseudo-class. */
    void showStates(String selected, String current, java.util.Set<String> highlighted) {
        muscleNodes.forEach((id, nodes) -> nodes.forEach(node -> {
            node.pseudoClassStateChanged(BodyMapCss.SELECTED, id.equals(selected));
            node.pseudoClassStateChanged(BodyMapCss.HIGHLIGHTED, highlighted.contains(id));
            node.pseudoClassStateChanged(BodyMapCss.DIMMED, !highlighted.isEmpty() && !highlighted.contains(id));
            node.pseudoClassStateChanged(BodyMapCss.CURRENT, id.equals(current));
        }));
    }

    /** Marks the chosen pain regions by pseudo-class. */
    void showChosen(java.util.Set<String> chosen) {
        regionNodes.forEach((id, nodes) -> nodes.forEach(n -> n.pseudoClassStateChanged(BodyMapCss.CHOSEN, chosen.contains(id))));
    }

    /**
     * The part of the view a plain (quiz) figure needs: its art with a margin, within the view box, in
     * authored coordinates, or its mirror image when the figure is shown mirrored; the whole box when
     * there is no art.
     */
    ViewBox artBounds(org.referralatlas.model.FigureView view, boolean mirrored, double margin) {
        ViewBox box = view.viewBox();
        Bounds b = root.getChildren().isEmpty() ? null : root.getChildren().get(0).getBoundsInLocal();
        if (b == null || b.isEmpty()) {
            return box;
        }
        double x0 = Math.max(box.x(), b.getMinX() - margin);
        double y0 = Math.max(box.y(), b.getMinY() - margin);
        double x1 = Math.min(box.x() + box.width(), b.getMaxX() + margin);
        double y1 = Math.min(box.y() + box.height(), b.getMaxY() + margin);
        if (!(x1 > x0 && y1 > y0)) {
            return box;
        }
        return new ViewBox(mirrored ? 2 * view.midlineX() - x1 : x0, y0, x1 - x0, y1 - y0);
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
