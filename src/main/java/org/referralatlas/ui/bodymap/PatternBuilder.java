package org.referralatlas.ui.bodymap;

import java.util.List;
import javafx.scene.Node;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.FigureView;
import org.referralatlas.model.Side;
import org.referralatlas.scene.FigureScene;

/**
 * Builds what a selection adds to the figure from the {@link FigureScene} (the description the export
 * paints too): the selected muscle's outline, then its referral pattern, spillover zones stippled with
 * a dashed outline, essential zones solid, trigger points as X marks on top.
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
        return SceneNodes.build(FigureScene.selection(figure.scene(), atlas, view, muscleId, side, focusedTriggerPoint),
                view.midlineX());
    }
}
