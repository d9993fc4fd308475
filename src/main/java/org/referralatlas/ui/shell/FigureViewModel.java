package org.referralatlas.ui.shell;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.referralatlas.geometry.Mask;
import org.referralatlas.model.Intensity;
import org.referralatlas.model.Layer;
import org.referralatlas.model.Side;
import org.referralatlas.ui.bodymap.MapIntents;
import org.referralatlas.ui.bodymap.MapLimits;
import org.referralatlas.ui.bodymap.MapMode;
import org.referralatlas.ui.bodymap.PaintedCells;
import org.referralatlas.ui.explore.ExploreViewModel;
import org.referralatlas.ui.painfinder.PainDrawingViewModel;
import org.referralatlas.ui.painfinder.PainFinderViewModel;

/**
 * What the main window's figure shows, in one place: the view, side, layer, selected muscle and focused
 * trigger point, the zoom, the brush and eraser, what a click means ({@link MapMode}), the chosen pain
 * regions, the highlighted muscles and the painted cells of the pain drawing. The body map binds to these
 * read-only properties one way ({@link FigureBinding}) and sends the user's gestures back as
 * {@link MapIntents}, which this class carries out; nothing writes the map's state but this class.
 * Plain JavaFX properties, no node: tested without a scene.
 *
 * <p>The zoom is held here, clamped to [{@link MapLimits#MIN_ZOOM}, {@link MapLimits#MAX_ZOOM}]. The
 * view, side, layer and selection are kept by the explore feature (which keeps them across atlas
 * reloads), the brush by the pain drawing (which paints with it, clamped in its property): this class
 * reads them and changes them only through those models' commands.
 *
 * <p>What follows from the mode:
 * <ul>
 *   <li>Explore: clicks select muscles; a search's muscles are highlighted.</li>
 *   <li>Pain finder: clicks pick regions; the chosen regions and their candidate muscles show.</li>
 *   <li>Pain finder while drawing: the brush paints; the drawing and its ranked muscles show.</li>
 *   <li>Techniques and study: the figure shows no highlights.</li>
 * </ul>
 */
public final class FigureViewModel implements MapIntents {
    private final ReadOnlyObjectWrapper<MapMode> mapMode = new ReadOnlyObjectWrapper<>(this, "mapMode", MapMode.EXPLORE);
    private final ReadOnlyObjectWrapper<PaintedCells> paintedCells = new ReadOnlyObjectWrapper<>(this, "paintedCells");
    private final ObservableSet<String> highlighted = FXCollections.observableSet();
    private final ObservableSet<String> chosenRegions = FXCollections.observableSet();
    // Read-only views made once and kept: a view listens to its set weakly, so a fresh one per call
    // could be collected while a binding still hangs on it.
    private final ObservableSet<String> highlightedView = FXCollections.unmodifiableObservableSet(highlighted);
    private final ObservableSet<String> chosenRegionsView = FXCollections.unmodifiableObservableSet(chosenRegions);
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", MapLimits.MIN_ZOOM);
    private final ReadOnlyStringWrapper selectedMuscleId = new ReadOnlyStringWrapper(this, "selectedMuscleId");
    private final ObjectProperty<AppMode> mode;
    private final ExploreViewModel explore;
    private final ObservableValue<String> viewId;
    private final PainFinderViewModel finder;
    private final PainDrawingViewModel drawing;
    private final ObservableSet<String> searched;

    /**
     * @param mode     the app's mode
     * @param explore  the view, side, layer and selection the figure shows
     * @param searched muscles a search highlights in explore mode
     */
    FigureViewModel(ObjectProperty<AppMode> mode, ExploreViewModel explore, PainFinderViewModel finder,
                    PainDrawingViewModel drawing, ObservableSet<String> searched) {
        this.mode = mode;
        this.explore = explore;
        this.viewId = explore.viewIdProperty();
        selectedMuscleId.bind(Bindings.createStringBinding(
                () -> explore.getSelected() == null ? null : explore.getSelected().id(), explore.selectedProperty()));
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

    /** The view shown (anterior, lateral, posterior ...); null before an atlas is open. */
    public ReadOnlyStringProperty viewIdProperty() { return explore.viewIdProperty(); }

    /** The patient's side the selected pattern is shown on; BOTH for both. */
    public ReadOnlyObjectProperty<Side> sideProperty() { return explore.sideProperty(); }

    public ReadOnlyObjectProperty<Layer> layerProperty() { return explore.layerProperty(); }

    /** The selected muscle's id; null for none. */
    public ReadOnlyStringProperty selectedMuscleIdProperty() { return selectedMuscleId.getReadOnlyProperty(); }

    /** The selected muscle's trigger point whose pattern alone is shown; null for all. */
    public ReadOnlyStringProperty focusedTriggerPointIdProperty() { return explore.focusedTriggerPointProperty(); }

    /** Whether the figure's key speaks to a patient (the patient view). */
    public ReadOnlyBooleanProperty patientKeyProperty() { return explore.patientViewProperty(); }

    /** The zoom factor, within [{@link MapLimits#MIN_ZOOM}, {@link MapLimits#MAX_ZOOM}]; 1 shows the whole view. */
    public ReadOnlyDoubleProperty zoomProperty() { return zoom.getReadOnlyProperty(); }

    /** The brush radius in design units, within [{@link MapLimits#MIN_BRUSH}, {@link MapLimits#MAX_BRUSH}]. */
    public ReadOnlyDoubleProperty brushRadiusProperty() { return drawing.brushRadiusProperty(); }

    /** Whether a brush drag erases. */
    public ReadOnlyBooleanProperty eraserProperty() { return drawing.eraserProperty(); }

    /** Selects a muscle by id (unknown or null: none), as a click, Enter or Escape on the figure asks. */
    @Override
    public void selectMuscle(String muscleId) {
        explore.selectMuscle(muscleId);
    }

    /** Shows the selected pattern on the given side, as a click on one side's muscle asks. */
    @Override
    public void showSide(Side side) {
        if (side != null) {
            explore.sideProperty().set(side);
        }
    }

    /** Zooms to the factor, held within [{@link MapLimits#MIN_ZOOM}, {@link MapLimits#MAX_ZOOM}]. */
    @Override
    public void zoomTo(double factor) {
        if (!Double.isNaN(factor)) {
            zoom.set(MapLimits.clamp(factor, MapLimits.MIN_ZOOM, MapLimits.MAX_ZOOM));
        }
    }

    /** Zooms in (factor above 1) or out from the present zoom, e.g. View &gt; Zoom in. */
    public void zoomBy(double factor) {
        zoomTo(zoom.get() * factor);
    }

    /** The brush radius wanted, e.g. by [ and ]; the pain drawing's property holds it within its range. */
    @Override
    public void brushRadius(double radius) {
        drawing.brushRadiusProperty().set(radius);
    }

    @Override
    public void eraser(boolean on) {
        drawing.eraserProperty().set(on);
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
