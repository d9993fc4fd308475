package org.referralatlas.ui.bodymap;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.shape.SVGPath;
import org.referralatlas.geometry.Mask;
import org.referralatlas.geometry.MaskGrid;
import org.referralatlas.model.Side;
import org.referralatlas.model.ViewBox;
import org.referralatlas.scene.DrawingScene;
import org.referralatlas.scene.Role;
import org.referralatlas.scene.SceneShape;
import org.testfx.api.FxRobot;

/** Reads a body map's figure back as scene roles: what the tests of the one figure stack compare. */
final class SceneNodeRoles {
    private SceneNodeRoles() {
    }

    /** The figure's root: the group above the one that holds the muscles' nodes. */
    static Parent figureRoot(FxRobot robot, String muscle) {
        return robot.lookup("#" + muscle).query().getParent().getParent();
    }

    /** The figure's shapes in paint order (depth first), as the scene lists them. */
    static List<SVGPath> leaves(Parent root) {
        List<SVGPath> leaves = new ArrayList<>();
        for (Node child : root.getChildrenUnmodifiable()) {
            if (child instanceof SVGPath p) {
                leaves.add(p);
            } else if (child instanceof Parent p) {
                leaves.addAll(leaves(p));
            }
        }
        return leaves;
    }

    /**
     * The role a node shows: its style classes (but the left copy's marker) and its selected or chosen
     * state; null when no role has them.
     */
    static Role role(SVGPath node) {
        Set<String> classes = new HashSet<>(node.getStyleClass());
        classes.remove(BodyMapCss.MUSCLE_MIRROR);
        Set<PseudoClass> states = node.getPseudoClassStates();
        boolean plain = !states.contains(BodyMapCss.SELECTED) && !states.contains(BodyMapCss.CHOSEN);
        for (Role role : Role.values()) {
            boolean inState = role.state() == null ? plain : states.contains(PseudoClass.getPseudoClass(role.state()));
            if (inState && classes.equals(Set.copyOf(role.styleClasses()))) {
                return role;
            }
        }
        return null;
    }

    /**
     * Paints a drawing on the map's view, a band of each intensity from the top of the view box down,
     * and returns its scene.
     */
    static List<SceneShape> showDrawing(FxRobot robot, BodyMapView map) {
        ViewBox vb = map.getAtlas().view(map.getViewId()).orElseThrow().viewBox();
        MaskGrid grid = MaskGrid.over(vb.x(), vb.y(), vb.width(), vb.height(), 4);
        List<Mask> layers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            double y = vb.y() + vb.height() * (0.3 + 0.1 * i);
            layers.add(new Mask(grid).paintSegment(vb.x() + vb.width() * 0.3, y, vb.x() + vb.width() * 0.6, y, 12, false));
        }
        robot.interact(() -> map.setPaintedCells(new PaintedCells(map.getViewId(), layers, null, Side.RIGHT)));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return DrawingScene.of(layers);
    }
}
