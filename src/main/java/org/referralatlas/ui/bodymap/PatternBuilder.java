package org.referralatlas.ui.bodymap;

import java.util.List;
import javafx.scene.Node;
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

    /** The pattern of every trigger point, or only of {@code onlyTriggerPoint} when it is one of the muscle's. */
    static List<Node> build(Muscle muscle, FigureView view, Side side, boolean profile, String onlyTriggerPoint) {
        boolean right = profile || side != Side.LEFT;
        boolean left = !profile && side != Side.RIGHT;
        return SceneNodes.build(PatternScene.of(muscle, view, onlyTriggerPoint, right, left), view.midlineX());
    }
}
