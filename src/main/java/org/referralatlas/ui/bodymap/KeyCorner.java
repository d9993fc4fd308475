package org.referralatlas.ui.bodymap;

import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Region;
import org.referralatlas.scene.Role;

/**
 * Which corner of the map the key (legend) sits in. The whole figure is fitted beside or above the key
 * ({@link Viewport#fitAround}), so at the whole-figure zoom the key sits bottom left, clear of it. Zoomed onto a
 * pattern, the figure's context fills the map and would run under the key; then the key takes the other corner
 * of the same strip (top left beside the figure, bottom right below it) when that corner covers less of the
 * figure's skin, so the key stays clear of the figure where the paper allows. Either corner stays in the strip
 * the whole figure leaves free, so the choice holds when the figure is zoomed out again.
 */
final class KeyCorner {
    /** Samples across the key's box, per side. */
    private static final int SAMPLES = 12;
    private Parent root;
    private List<Node> skin = List.of();

    /**
     * The corner for a key of the given size in the control's (x, y, w, h), 12 px from the edges.
     *
     * @param beside true when the whole figure is fitted beside the key (its strip is the left column)
     * @param figure the figure's root, or null when no view is shown
     */
    Pos choose(Region control, Region key, double x, double y, double w, double h, boolean beside, double zoom,
               Parent figure) {
        if (figure == null || !key.isVisible() || zoom <= 1) {
            return Pos.BOTTOM_LEFT;
        }
        Pos other = beside ? Pos.TOP_LEFT : Pos.BOTTOM_RIGHT;
        double kw = Math.min(key.prefWidth(-1), w - 24);
        double kh = Math.min(key.prefHeight(kw), h - 24);
        return covered(control, figure, box(Pos.BOTTOM_LEFT, x, y, w, h, kw, kh), kw, kh)
                > covered(control, figure, box(other, x, y, w, h, kw, kh), kw, kh) ? other : Pos.BOTTOM_LEFT;
    }

    /** The top left corner of the key's box in a corner of the area. */
    private static Point2D box(Pos corner, double x, double y, double w, double h, double kw, double kh) {
        double left = corner.getHpos() == HPos.LEFT ? x + 12 : x + w - 12 - kw;
        double top = corner.getVpos() == VPos.TOP ? y + 12 : y + h - 12 - kh;
        return new Point2D(left, top);
    }

    /** How many sample points of the box (control coordinates) lie on the figure's skin as it is shown. */
    private int covered(Region control, Parent figure, Point2D at, double kw, double kh) {
        if (figure != root) {
            root = figure;
            skin = List.copyOf(figure.lookupAll("." + Role.ART_SILHOUETTE.styleClass()));
        }
        int count = 0;
        for (int i = 0; i <= SAMPLES; i++) {
            for (int j = 0; j <= SAMPLES; j++) {
                Point2D scene = control.localToScene(at.getX() + kw * i / SAMPLES, at.getY() + kh * j / SAMPLES);
                for (Node n : skin) {
                    if (n.contains(n.sceneToLocal(scene))) {
                        count++;
                        break;
                    }
                }
            }
        }
        return count;
    }
}
