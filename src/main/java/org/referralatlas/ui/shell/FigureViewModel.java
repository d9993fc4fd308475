package org.referralatlas.ui.shell;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.referralatlas.geometry.Mask;
import org.referralatlas.model.Intensity;
import org.referralatlas.ui.bodymap.MapMode;
import org.referralatlas.ui.bodymap.PaintedCells;
import org.referralatlas.ui.painfinder.PainDrawingViewModel;
import org.referralatlas.ui.painfinder.PainFinderViewModel;

/**
 * What the main window's figure shows because of the app's mode: what a click means ({@link MapMode}),
 * the chosen pain regions, the highlighted muscles and the painted cells of the pain drawing. Derived
 * from the mode and the feature view models whenever one of them changes; the body map binds to these
 * properties one way. Plain JavaFX properties, no node: tested without a scene.
 *
 * <ul>
 *   <li>Explore: clicks select muscles; a search's muscles are highlighted.</li>
 *   <li>Pain finder: clicks pick regions; the chosen regions and their candidate muscles show.</li>
 *   <li>Pain finder while drawing: the brush paints; the drawing and its ranked muscles show.</li>
 *   <li>Techniques and study: the figure shows no highlights.</li>
 * </ul>
 */
public final class FigureViewModel {
    private final ReadOnlyObjectWrapper<MapMode> mapMode = new ReadOnlyObjectWrapper<>(this, "mapMode", MapMode.EXPLORE);
    private final ReadOnlyObjectWrapper<PaintedCells> paintedCells = new ReadOnlyObjectWrapper<>(this, "paintedCells");
    private final ObservableSet<String> highlighted = FXCollections.observableSet();
    private final ObservableSet<String> chosenRegions = FXCollections.observableSet();
    // Read-only views made once and kept: a view listens to its set weakly, so a fresh one per call
    // could be collected while a binding still hangs on it.
    private final ObservableSet<String> highlightedView = FXCollections.unmodifiableObservableSet(highlighted);
    private final ObservableSet<String> chosenRegionsView = FXCollections.unmodifiableObservableSet(chosenRegions);
    private final ObjectProperty<AppMode> mode;
    private final ObservableValue<String> viewId;
    private final PainFinderViewModel finder;
    private final PainDrawingViewModel drawing;
    private final ObservableSet<String> searched;

    /**
     * @param mode     the app's mode
     * @param viewId   the view the figure shows
     * @param searched muscles a search highlights in explore mode
     */
    FigureViewModel(ObjectProperty<AppMode> mode, ObservableValue<String> viewId, PainFinderViewModel finder,
                    PainDrawingViewModel drawing, ObservableSet<String> searched) {
        this.mode = mode;
        this.viewId = viewId;
        this.finder = finder;
        this.drawing = drawing;
        this.searched = searched;
        InvalidationListener refresh = o -> refresh();
        mode.addListener(refresh);
        viewId.addListener(refresh);
        drawing.activeProperty().addListener(refresh);
        drawing.revisionProperty().addListener(refresh);
        drawing.candidates().addListener(refresh);
        finder.chosenRegions().addListener(refresh);
        finder.candidates().addListener(refresh);
        searched.addListener(refresh);
        refresh();
    }

    /** What a click on the figure means in the current mode. */
    public ReadOnlyObjectProperty<MapMode> mapModeProperty() { return mapMode.getReadOnlyProperty(); }

    /** The pain drawing's cells on the shown view while drawing; null otherwise or when nothing is painted. */
    public ReadOnlyObjectProperty<PaintedCells> paintedCellsProperty() { return paintedCells.getReadOnlyProperty(); }

    /** Muscles to emphasise (the others are dimmed). Read-only: it follows the mode. */
    public ObservableSet<String> highlighted() { return highlightedView; }

    /** Pain regions shown as chosen. Read-only: it follows the pain finder. */
    public ObservableSet<String> chosenRegions() { return chosenRegionsView; }

    private boolean drawingNow() {
        return mode.get() == AppMode.PAIN_FINDER && drawing.activeProperty().get();
    }

    private void refresh() {
        boolean finderMode = mode.get() == AppMode.PAIN_FINDER;
        mapMode.set(drawingNow() ? MapMode.DRAW : finderMode ? MapMode.PAIN_FINDER : MapMode.EXPLORE);
        Set<String> muscles = new LinkedHashSet<>();
        Set<String> regions = new LinkedHashSet<>();
        if (drawingNow()) {
            drawing.candidates().forEach(c -> muscles.add(c.muscle().id()));
        } else if (finderMode) {
            regions.addAll(finder.chosenRegions());
            finder.candidates().forEach(c -> muscles.add(c.muscle().id()));
        } else if (mode.get() == AppMode.EXPLORE) {
            muscles.addAll(searched);
        }
        replace(highlighted, muscles);
        replace(chosenRegions, regions);
        PaintedCells cells = painted();
        if (!java.util.Objects.equals(cells, paintedCells.get())) {
            paintedCells.set(cells); // the map redraws the drawing only when the cells change
        }
    }

    /** Changes the set to the target with as few change events as possible. */
    private static void replace(ObservableSet<String> set, Set<String> target) {
        set.retainAll(target);
        set.addAll(target);
    }

    private PaintedCells painted() {
        String v = viewId.getValue();
        if (!drawingNow() || v == null || drawing.painted(v, Intensity.MILD) == null) {
            return null;
        }
        List<Mask> layers = Arrays.stream(Intensity.values()).map(i -> drawing.painted(v, i)).toList();
        return layers.stream().allMatch(Mask::isEmpty) ? null
                : new PaintedCells(v, layers, drawing.unexplained(v), drawing.sideOf(v));
    }
}
