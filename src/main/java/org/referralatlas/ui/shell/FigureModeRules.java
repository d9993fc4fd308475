package org.referralatlas.ui.shell;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableSet;
import org.referralatlas.geometry.Mask;
import org.referralatlas.model.Intensity;
import org.referralatlas.ui.bodymap.MapMode;
import org.referralatlas.ui.bodymap.PaintedCells;
import org.referralatlas.ui.figure.FigureViewModel;
import org.referralatlas.ui.painfinder.PainDrawingViewModel;
import org.referralatlas.ui.painfinder.PainFinderViewModel;

/**
 * What the app's mode puts on the figure, worked out again whenever the mode or a feature changes and
 * handed to the {@link FigureViewModel} ({@link FigureViewModel#showForMode}). Plain Java: tested without
 * a scene ({@code FigureViewModelTest}).
 * <ul>
 *   <li>Explore: clicks select muscles; a search's muscles are highlighted.</li>
 *   <li>Pain finder: clicks pick regions; the chosen regions and their candidate muscles show.</li>
 *   <li>Pain finder while drawing: the brush paints; the drawing and its ranked muscles show.</li>
 *   <li>Techniques and study: the figure shows no highlights.</li>
 * </ul>
 */
final class FigureModeRules {
    private final ObservableValue<AppMode> mode;
    private final FigureViewModel figure;
    private final PainFinderViewModel finder;
    private final PainDrawingViewModel drawing;
    private final ObservableSet<String> searched;

    /**
     * @param mode     the app's mode
     * @param searched muscles a search highlights in explore mode
     */
    FigureModeRules(ObservableValue<AppMode> mode, FigureViewModel figure, PainFinderViewModel finder,
                    PainDrawingViewModel drawing, ObservableSet<String> searched) {
        this.mode = mode;
        this.figure = figure;
        this.finder = finder;
        this.drawing = drawing;
        this.searched = searched;
        InvalidationListener refresh = o -> refresh();
        mode.addListener(refresh);
        figure.viewIdProperty().addListener(refresh);
        drawing.activeProperty().addListener(refresh);
        drawing.revisionProperty().addListener(refresh);
        drawing.candidates().addListener(refresh);
        finder.chosenRegions().addListener(refresh);
        finder.candidates().addListener(refresh);
        searched.addListener(refresh);
        refresh();
    }

    private boolean drawingNow() {
        return mode.getValue() == AppMode.PAIN_FINDER && drawing.activeProperty().get();
    }

    private void refresh() {
        boolean finderMode = mode.getValue() == AppMode.PAIN_FINDER;
        Set<String> muscles = new LinkedHashSet<>();
        Set<String> regions = new LinkedHashSet<>();
        if (drawingNow()) {
            drawing.candidates().forEach(c -> muscles.add(c.muscle().id()));
        } else if (finderMode) {
            regions.addAll(finder.chosenRegions());
            finder.candidates().forEach(c -> muscles.add(c.muscle().id()));
        } else if (mode.getValue() == AppMode.EXPLORE) {
            muscles.addAll(searched);
        }
        MapMode click = drawingNow() ? MapMode.DRAW : finderMode ? MapMode.PAIN_FINDER : MapMode.EXPLORE;
        figure.showForMode(click, muscles, regions, painted());
    }

    private PaintedCells painted() {
        String v = figure.viewIdProperty().get();
        if (!drawingNow() || v == null || drawing.painted(v, Intensity.MILD) == null) {
            return null;
        }
        List<Mask> layers = Arrays.stream(Intensity.values()).map(i -> drawing.painted(v, i)).toList();
        return layers.stream().allMatch(Mask::isEmpty) ? null
                : new PaintedCells(v, layers, drawing.unexplained(v), drawing.sideOf(v));
    }
}
