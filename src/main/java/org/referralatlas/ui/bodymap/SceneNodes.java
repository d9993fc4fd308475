package org.referralatlas.ui.bodymap;

import java.util.List;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.SVGPath;
import org.referralatlas.scene.SceneShape;

/**
 * The JavaFX side of a figure scene: one SVGPath per {@link SceneShape}, with the role's style class
 * (bodymap.css gives it the role's palette tokens), its clip, and the mirror about the view's midline
 * for the left side's copies. The Java2D export draws the same list.
 */
final class SceneNodes {
    private SceneNodes() {
    }

    /** The shapes' nodes in paint order, mirrored about {@code midlineX} where the shape says so. */
    static List<Node> build(List<SceneShape> shapes, double midlineX) {
        return shapes.stream().map(s -> node(s, midlineX)).toList();
    }

    /** The shapes as one group (a zone or a mark as a single node, e.g. a legend swatch). */
    static Group group(List<SceneShape> shapes) {
        return new Group(build(shapes, 0).toArray(Node[]::new));
    }

    static Node node(SceneShape shape, double midlineX) {
        SVGPath node = FigureBuilder.path(shape.path(), shape.role().styleClass());
        if (shape.clip() != null) {
            node.setClip(FigureBuilder.path(shape.clip()));
        }
        if (shape.label() != null) {
            node.setAccessibleRole(AccessibleRole.TEXT);
            node.setAccessibleText(BodyMapText.get("bodymap.accessible.triggerPoint", shape.label()));
        }
        if (shape.mirrored()) {
            FigureBuilder.mirror(node, midlineX);
        }
        return node;
    }
}
