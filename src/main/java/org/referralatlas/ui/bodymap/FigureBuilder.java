package org.referralatlas.ui.bodymap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.SVGPath;
import javafx.scene.transform.Scale;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.FigureView;
import org.referralatlas.model.Layer;
import org.referralatlas.model.Muscle;
import org.referralatlas.scene.FigureScene;
import org.referralatlas.scene.Role;
import org.referralatlas.scene.SceneShape;

/**
 * Builds the nodes of one figure view from its {@link FigureScene} (the description the export
 * paints too): one node per scene shape, in the scene's order. What only a map adds is done here:
 * the muscles can be picked and read by a screen reader; everything else is mouse-transparent.
 */
final class FigureBuilder {
    private FigureBuilder() {
    }

    static Figure build(Atlas atlas, FigureView view, Layer layer) {
        List<SceneShape> scene = FigureScene.base(atlas, view, layer);
        Group shapes = new Group();
        Map<String, List<SVGPath>> muscleNodes = new LinkedHashMap<>();
        Map<String, List<SVGPath>> regionNodes = new LinkedHashMap<>();
        for (SceneShape s : scene) {
            SVGPath node = SceneNodes.node(s, view.midlineX());
            if (s.role().isMuscle()) {
                pickable(node, s, atlas, muscleNodes);
            } else {
                node.setMouseTransparent(true);
                if (s.role() == Role.GHOST) {
                    node.setUserData(s.owner());
                }
            }
            if (s.role() == Role.REGION) {
                regionNodes.computeIfAbsent(s.owner(), k -> new ArrayList<>()).add(node);
            }
            shapes.getChildren().add(node);
        }
        Group pattern = new Group();
        pattern.setMouseTransparent(true);
        return new Figure(new Group(shapes, pattern), muscleNodes, FigureScene.keyboardOrder(scene), regionNodes,
                pattern, view.profile(), scene);
    }

    /**
     * The plain figure a quiz is answered on: the skin, the face and ears, and the bones that show
     * through it (dashed by the quiz style) for orientation; no muscles, tendons, contours or regions.
     */
    static Figure buildPlain(FigureView view) {
        List<SceneShape> scene = FigureScene.plain(view);
        Group art = new Group();
        for (SceneShape s : scene) {
            Node node = SceneNodes.node(s, view.midlineX());
            node.setMouseTransparent(true);
            art.getChildren().add(node);
        }
        Group pattern = new Group();
        pattern.setMouseTransparent(true);
        return new Figure(new Group(art, pattern), Map.of(), List.of(), Map.of(), pattern, view.profile(), scene);
    }

    /** A muscle a user can pick: its id (on the first authored shape), name and pattern for a screen reader. */
    private static void pickable(SVGPath body, SceneShape s, Atlas atlas, Map<String, List<SVGPath>> muscleNodes) {
        String id = s.owner();
        Muscle muscle = atlas.muscle(id).orElse(null);
        String name = muscle == null ? id : muscle.name();
        body.setUserData(id);
        if (s.mirrored()) {
            body.getStyleClass().add(BodyMapCss.MUSCLE_MIRROR);
        } else if (!muscleNodes.containsKey(id)) {
            body.setId(id);
        }
        body.setAccessibleRole(AccessibleRole.BUTTON);
        body.setAccessibleText(s.mirrored() ? BodyMapText.get("bodymap.accessible.leftSide", name) : name);
        body.setAccessibleHelp(muscle == null ? BodyMapText.get("bodymap.accessible.help")
                : PatternDescription.of(atlas, muscle));
        muscleNodes.computeIfAbsent(id, k -> new ArrayList<>()).add(body);
    }

    static SVGPath path(String data, String... styleClasses) {
        SVGPath node = new SVGPath();
        node.setContent(data);
        node.getStyleClass().addAll(styleClasses);
        return node;
    }

    static void mirror(Node node, double axisX) {
        node.getTransforms().add(new Scale(-1, 1, axisX, 0));
    }
}
