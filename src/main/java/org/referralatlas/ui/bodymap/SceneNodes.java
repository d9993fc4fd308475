package org.referralatlas.ui.bodymap;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.SVGPath;
import org.referralatlas.scene.SceneShape;

/**
 * The JavaFX side of a figure scene: one SVGPath per {@link SceneShape}, with the role's style classes
 * and pseudo-class state (bodymap.css gives them the role's palette tokens), its clip, and the mirror
 * about the view's midline for the left side's copies. The Java2D export paints the same list.
 */
final class SceneNodes {
    private SceneNodes() {
    }

    /** The shapes' nodes in paint order, mirrored about {@code midlineX} where the shape says so. */
    static List<Node> build(List<SceneShape> shapes, double midlineX) {
        return shapes.stream().map(s -> (Node) node(s, midlineX)).toList();
    }

    /** The shapes as one group (a zone or a mark as a single node, e.g. a legend swatch). */
    static Group group(List<SceneShape> shapes) {
        return new Group(build(shapes, 0).toArray(Node[]::new));
    }

    static SVGPath node(SceneShape shape, double midlineX) {
        SVGPath node = FigureBuilder.path(shape.path(), shape.role().styleClasses().toArray(String[]::new));
        if (shape.role().state() != null) {
            node.pseudoClassStateChanged(PseudoClass.getPseudoClass(shape.role().state()), true);
        }
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
