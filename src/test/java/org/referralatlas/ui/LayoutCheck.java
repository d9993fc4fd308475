package org.referralatlas.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;
import org.referralatlas.ui.bodymap.BodyMapCss;
import org.referralatlas.ui.bodymap.BodyMapView;

/**
 * What a user at a given window size would see wrong: a label cut short with an ellipsis, a control
 * (partly) outside the window, or the figure's key lying over the selected muscle's referral zones.
 * Each problem is one readable line, so a failing layout test says what to fix.
 */
public final class LayoutCheck {
    private static final double SLACK = 1.0;

    private LayoutCheck() {
    }

    /** Every problem on the scene as laid out now; call on the JavaFX thread. */
    public static List<String> problems(Scene scene) {
        List<String> problems = new ArrayList<>();
        Bounds window = new BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
        walk(scene.getRoot(), false, window, problems);
        return problems;
    }

    private static void walk(Node node, boolean scrolled, Bounds window, List<String> problems) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled) {
            truncated(labeled).ifPresent(problems::add);
        }
        if (node instanceof Control && !scrolled && !inside(node.localToScene(node.getLayoutBounds()), window)) {
            problems.add("outside the window: " + describe(node) + " at " + rect(node.localToScene(node.getLayoutBounds())));
        }
        if (node instanceof BodyMapView map) {
            keyOverZones(map).ifPresent(problems::add);
        }
        if (node instanceof Parent parent) {
            // What a scroll pane or a list holds may lie beyond the window: it scrolls into view.
            boolean scrolls = scrolled || node instanceof ScrollPane || node instanceof VirtualFlow;
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, scrolls, window, problems);
            }
        }
    }

    /** The text the skin shows differs from the label's text: it was cut (ellipsis) for want of room. */
    static java.util.Optional<String> truncated(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || text.isBlank() || labeled.getWidth() <= 0) {
            return java.util.Optional.empty();
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text shown && child.getStyleClass().contains("text")) {
                String expected = labeled.isMnemonicParsing() ? withoutMnemonic(text) : text;
                if (!shown.getText().equals(expected)) {
                    return java.util.Optional.of("truncated: " + describe(labeled) + " shows \"" + shown.getText()
                            + "\" of \"" + text + "\"");
                }
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.empty();
    }

    /** "_File" is shown as "File" (the underscore marks Alt+F); "__" stands for one underscore. */
    private static String withoutMnemonic(String text) {
        int at = text.indexOf('_');
        while (at >= 0 && at + 1 < text.length() && text.charAt(at + 1) == '_') {
            at = text.indexOf('_', at + 2);
        }
        String single = at < 0 ? text : text.substring(0, at) + text.substring(at + 1);
        return single.replace("__", "_");
    }

    /** The key (legend) and the selected muscle's zones, both as drawn in the scene, overlap. */
    static java.util.Optional<String> keyOverZones(BodyMapView map) {
        Node key = map.lookup("." + BodyMapCss.LEGEND);
        if (key == null || !key.isVisible() || map.getSelectedMuscleId() == null) {
            return java.util.Optional.empty();
        }
        Bounds keyBounds = key.localToScene(key.getBoundsInLocal());
        Bounds mapBounds = map.localToScene(map.getLayoutBounds());
        for (Node zone : map.lookupAll("." + BodyMapCss.ZONE_ESSENTIAL + ", ." + BodyMapCss.ZONE_SPILLOVER)) {
            if (isInside(zone, key) || !zone.isVisible()) {
                continue;
            }
            Bounds z = zone.localToScene(zone.getBoundsInLocal());
            Bounds shown = intersection(z, mapBounds);
            if (shown != null && intersection(shown, keyBounds) != null) {
                return java.util.Optional.of("the key " + rect(keyBounds) + " covers a zone of "
                        + map.getSelectedMuscleId() + " at " + rect(shown) + " in " + describe(map));
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static Bounds intersection(Bounds a, Bounds b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        return maxX - minX > SLACK && maxY - minY > SLACK ? new BoundingBox(minX, minY, maxX - minX, maxY - minY) : null;
    }

    private static boolean inside(Bounds b, Bounds window) {
        return b.getMinX() >= window.getMinX() - SLACK && b.getMinY() >= window.getMinY() - SLACK
                && b.getMaxX() <= window.getMaxX() + SLACK && b.getMaxY() <= window.getMaxY() + SLACK;
    }

    private static String rect(Bounds b) {
        return String.format(java.util.Locale.ROOT, "[%.0f,%.0f %.0fx%.0f]", b.getMinX(), b.getMinY(), b.getWidth(),
                b.getHeight());
    }

    private static String describe(Node node) {
        String id = node.getId() != null ? "#" + node.getId() : "";
        StringBuilder path = new StringBuilder(node.getClass().getSimpleName() + id);
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p.getId() != null) {
                path.append(" in #").append(p.getId());
                break;
            }
        }
        return path.toString();
    }
}
