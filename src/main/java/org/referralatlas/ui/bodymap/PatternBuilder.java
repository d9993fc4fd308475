package org.referralatlas.ui.bodymap;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.shape.SVGPath;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.FigureView;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.Side;
import org.referralatlas.scene.PatternScene;

/**
 * Builds a muscle's referral pattern in one view from its {@link PatternScene} (the description the
 * export draws too): spillover zones stippled with a dashed outline, essential zones solid, trigger
 * points as X marks on top. Authored on the patient's right; mirrored for the left side.
 */
final class PatternBuilder {
    private PatternBuilder() {
    }

    /**
     * What the selected muscle adds to the figure: its whole outline on top (also where other muscles
     * overlap it), then its pattern; nothing without a selection.
     */
    static List<Node> selection(Figure figure, Atlas atlas, String muscleId, FigureView view, Side side,
                                String focusedTriggerPoint) {
        List<Node> nodes = new ArrayList<>();
        if (muscleId == null) {
            return nodes;
        }
        for (SVGPath muscle : figure.muscleNodes().getOrDefault(muscleId, List.of())) {
            SVGPath outline = FigureBuilder.path(muscle.getContent(), BodyMapCss.SELECTION_OUTLINE);
            outline.getTransforms().setAll(muscle.getTransforms());
            nodes.add(outline);
        }
        atlas.muscle(muscleId).ifPresent(m -> nodes.addAll(build(m, view, side, figure.profile(), focusedTriggerPoint)));
        return nodes;
    }

    /** The pattern of every trigger point, or only of {@code onlyTriggerPoint} when it is one of the muscle's. */
    static List<Node> build(Muscle muscle, FigureView view, Side side, boolean profile, String onlyTriggerPoint) {
        boolean right = profile || side != Side.LEFT;
        boolean left = !profile && side != Side.RIGHT;
        return SceneNodes.build(PatternScene.of(muscle, view, onlyTriggerPoint, right, left), view.midlineX());
    }
}
