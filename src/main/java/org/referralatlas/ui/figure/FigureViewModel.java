package org.referralatlas.ui.figure;

import java.util.Objects;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Layer;
import org.referralatlas.model.Side;
import org.referralatlas.ui.bodymap.MapIntents;
import org.referralatlas.ui.bodymap.MapLimits;
import org.referralatlas.ui.bodymap.MapMode;
import org.referralatlas.ui.bodymap.PaintedCells;

/**
 * What the main window's figure shows, held in one place: the view, side, layer, selected muscle and
 * focused trigger point, the zoom, the brush and eraser, and what the app's mode puts on it (what a click
 * means, the highlighted muscles, the chosen pain regions, the painted cells). The body map binds to it one
 * way ({@link FigureBinding}) and sends the user's gestures back as {@link MapIntents}; the features read
 * and change the figure here (explore's view, layer and selection, the pain drawing's brush are these
 * properties). Plain JavaFX properties, no node: tested without a scene.
 *
 * <p>Rules kept here: another atlas keeps the view and the selection where they still exist; a new
 * selection shows all its trigger points again; the zoom stays within [{@link MapLimits#MIN_ZOOM},
 * {@link MapLimits#MAX_ZOOM}] and the brush within [{@link MapLimits#MIN_BRUSH}, {@link MapLimits#MAX_BRUSH}],
 * however they are set or bound.
 */
public final class FigureViewModel implements MapIntents {
    private final StringProperty viewId = new SimpleStringProperty(this, "viewId");
    private final ObjectProperty<Layer> layer = new SimpleObjectProperty<>(this, "layer", Layer.SUPERFICIAL);
    private final ObjectProperty<Side> side = new SimpleObjectProperty<>(this, "side", Side.RIGHT);
    private final ReadOnlyStringWrapper selectedMuscleId = new ReadOnlyStringWrapper(this, "selectedMuscleId");
    private final StringProperty focusedTriggerPointId = new SimpleStringProperty(this, "focusedTriggerPointId");
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", MapLimits.MIN_ZOOM);
    private final DoubleProperty brushRadius = MapLimits.brushRadius(this, "brushRadius");
    private final BooleanProperty eraser = new SimpleBooleanProperty(this, "eraser");
    private final ReadOnlyObjectWrapper<MapMode> mapMode = new ReadOnlyObjectWrapper<>(this, "mapMode", MapMode.EXPLORE);
    private final ReadOnlyObjectWrapper<PaintedCells> paintedCells = new ReadOnlyObjectWrapper<>(this, "paintedCells");
    private final ObservableSet<String> highlighted = FXCollections.observableSet();
    private final ObservableSet<String> chosenRegions = FXCollections.observableSet();
    // Read-only views made once and kept: a view listens to its set weakly, so a fresh one per call
    // could be collected while a binding still hangs on it.
    private final ObservableSet<String> highlightedView = FXCollections.unmodifiableObservableSet(highlighted);
    private final ObservableSet<String> chosenRegionsView = FXCollections.unmodifiableObservableSet(chosenRegions);
    private Atlas atlas;

    /** Takes a newly loaded atlas, keeping the view and the selection where they still exist. */
    public void useAtlas(Atlas newAtlas) {
        atlas = newAtlas;
        if (newAtlas == null) {
            return;
        }
        if (viewId.get() == null || newAtlas.view(viewId.get()).isEmpty()) {
            viewId.set(newAtlas.views().iterator().next().id());
        }
        if (selectedMuscleId.get() != null && newAtlas.muscle(selectedMuscleId.get()).isEmpty()) {
            selectMuscle(null);
        }
    }

    /** The atlas the figure is drawn from; null before one is open. */
    public Atlas atlas() { return atlas; }

    /**
     * The id of the view shown (anterior, lateral, posterior ...); null before an atlas is open. Writable
     * for the view buttons and the remembered view; another atlas puts back a view it has.
     */
    public StringProperty viewIdProperty() { return viewId; }

    /** Superficial shows every muscle; deep shows deep muscles under ghosted superficial ones. */
    public ObjectProperty<Layer> layerProperty() { return layer; }

    /** The patient's side the selected pattern is shown on; BOTH shows it on both sides. */
    public ObjectProperty<Side> sideProperty() { return side; }

    /** The selected muscle's id; null for none. Changed by {@link #selectMuscle}. */
    public ReadOnlyStringProperty selectedMuscleIdProperty() { return selectedMuscleId.getReadOnlyProperty(); }

    /** The selected muscle's trigger point whose pattern alone is shown; null for all. */
    public StringProperty focusedTriggerPointIdProperty() { return focusedTriggerPointId; }

    /** The zoom factor; 1 shows the whole view. Changed by {@link #zoomTo} and {@link #zoomBy}. */
    public ReadOnlyDoubleProperty zoomProperty() { return zoom.getReadOnlyProperty(); }

    /** The brush radius in design units, clamped where it is read (a slider may bind to it both ways). */
    public DoubleProperty brushRadiusProperty() { return brushRadius; }

    /** Whether a brush drag erases. */
    public BooleanProperty eraserProperty() { return eraser; }

    /** What a click on the figure means in the app's mode. */
    public ReadOnlyObjectProperty<MapMode> mapModeProperty() { return mapMode.getReadOnlyProperty(); }

    /** The pain drawing's cells on the shown view while drawing; null otherwise or when nothing is painted. */
    public ReadOnlyObjectProperty<PaintedCells> paintedCellsProperty() { return paintedCells.getReadOnlyProperty(); }

    /** Muscles to emphasise (the others are dimmed). Read-only: it follows the mode. */
    public ObservableSet<String> highlighted() { return highlightedView; }

    /** Pain regions shown as chosen. Read-only: it follows the mode. */
    public ObservableSet<String> chosenRegions() { return chosenRegionsView; }

    /** Selects a muscle by id; unknown ids (or null) clear the selection. A new muscle shows all its trigger points. */
    @Override
    public void selectMuscle(String muscleId) {
        String id = atlas == null || muscleId == null || atlas.muscle(muscleId).isEmpty() ? null : muscleId;
        if (!Objects.equals(id, selectedMuscleId.get())) {
            focusedTriggerPointId.set(null);
        }
        selectedMuscleId.set(id);
    }

    /** Shows the selected pattern on the given side, as a click on one side's muscle asks; null is ignored. */
    @Override
    public void showSide(Side value) {
        if (value != null) {
            side.set(value);
        }
    }

    /** Shows the view with the given id, if the atlas has it. */
    public void showView(String id) {
        if (atlas != null && id != null && atlas.view(id).isPresent()) {
            viewId.set(id);
        }
    }

    /** Steps to the next (or previous, with -1) view in atlas order. */
    public void cycleView(int step) {
        if (atlas == null) {
            return;
        }
        var ids = atlas.views().stream().map(v -> v.id()).toList();
        int i = Math.max(0, ids.indexOf(viewId.get()));
        viewId.set(ids.get(Math.floorMod(i + step, ids.size())));
    }

    /** Shows only this trigger point's pattern, or all again when it is the one already shown alone. */
    public void toggleFocus(String triggerPointId) {
        focusedTriggerPointId.set(triggerPointId == null || triggerPointId.equals(focusedTriggerPointId.get())
                ? null : triggerPointId);
    }

    /** Zooms to the factor, held within [{@link MapLimits#MIN_ZOOM}, {@link MapLimits#MAX_ZOOM}]; NaN is ignored. */
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

    /** The brush radius wanted, e.g. by [ and ]; the property holds it within its range. */
    @Override
    public void brushRadius(double radius) {
        brushRadius.set(radius);
    }

    @Override
    public void eraser(boolean on) {
        eraser.set(on);
    }

    /**
     * What the app's mode puts on the figure (the shell's mode rules call this when the mode or a
     * feature changes): the click's meaning, the muscles to emphasise, the chosen regions and the
     * painted cells (null for none). The sets change with as few events as possible, the cells only
     * when they differ, so that the map redraws no more than it must.
     */
    public void showForMode(MapMode clickMeaning, Set<String> muscles, Set<String> regions, PaintedCells cells) {
        mapMode.set(clickMeaning);
        replace(highlighted, muscles);
        replace(chosenRegions, regions);
        if (!Objects.equals(cells, paintedCells.get())) {
            paintedCells.set(cells);
        }
    }

    private static void replace(ObservableSet<String> set, Set<String> target) {
        set.retainAll(target);
        set.addAll(target);
    }
}
