package org.referralatlas.ui.explore;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Layer;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.Side;
import org.referralatlas.ui.figure.FigureViewModel;

/**
 * Exploring the atlas: the selected muscle (for its detail), the patient view, and the figure's view,
 * layer, side and trigger-point focus, which the {@link FigureViewModel} holds (the figure shows them; this
 * class only gives explore's names to them). Switching views keeps the selection; loading another atlas
 * keeps it when the muscle still exists.
 */
public final class ExploreViewModel {
    private final FigureViewModel figure;
    private final ReadOnlyObjectWrapper<Atlas> atlas = new ReadOnlyObjectWrapper<>(this, "atlas");
    private final ReadOnlyObjectWrapper<Muscle> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final BooleanProperty patientView = new SimpleBooleanProperty(this, "patientView");
    private final BooleanProperty showInvasive = new SimpleBooleanProperty(this, "showInvasive");

    /** Explores on a figure of its own (a detail pane or a test without the main window). */
    public ExploreViewModel() {
        this(new FigureViewModel());
    }

    /** @param figure what the main window's figure shows, shared with the other features */
    public ExploreViewModel(FigureViewModel figure) {
        this.figure = figure;
        figure.selectedMuscleIdProperty().addListener(o -> showSelected());
    }

    public ReadOnlyObjectProperty<Atlas> atlasProperty() { return atlas.getReadOnlyProperty(); }

    /** The figure's view ({@link FigureViewModel#viewIdProperty()}). */
    public StringProperty viewIdProperty() { return figure.viewIdProperty(); }

    public ObjectProperty<Layer> layerProperty() { return figure.layerProperty(); }

    public ObjectProperty<Side> sideProperty() { return figure.sideProperty(); }

    /** The selected muscle, following the figure's selection. */
    public ReadOnlyObjectProperty<Muscle> selectedProperty() { return selected.getReadOnlyProperty(); }

    public Muscle getSelected() { return selected.get(); }

    /** The detail pane in plain words for a patient, instead of the therapist's full record. */
    public BooleanProperty patientViewProperty() { return patientView; }

    /** In the patient view, whether invasive clinical techniques (needling, injection) are listed. */
    public BooleanProperty showInvasiveProperty() { return showInvasive; }

    /** The selected muscle's trigger point whose pattern alone is shown; null for all. */
    public StringProperty focusedTriggerPointProperty() { return figure.focusedTriggerPointIdProperty(); }

    /** Shows only this trigger point's pattern, or all again when it is the one already shown alone. */
    public void toggleFocus(String triggerPointId) {
        figure.toggleFocus(triggerPointId);
    }

    /** Takes a newly loaded atlas; the figure keeps the view and selection where they still exist. */
    public void useAtlas(Atlas newAtlas) {
        atlas.set(newAtlas);
        figure.useAtlas(newAtlas);
        showSelected(); // the same id, the new atlas's muscle
    }

    /** Selects a muscle by id; unknown ids (or null) clear the selection. */
    public void selectMuscle(String id) {
        figure.selectMuscle(id);
    }

    public Optional<Muscle> selection() {
        return Optional.ofNullable(selected.get());
    }

    /** Shows the view with the given id, if the atlas has it. */
    public void showView(String id) {
        figure.showView(id);
    }

    /** Steps to the next (or previous, with -1) view in atlas order. */
    public void cycleView(int step) {
        figure.cycleView(step);
    }

    private void showSelected() {
        Atlas a = atlas.get();
        String id = figure.selectedMuscleIdProperty().get();
        selected.set(a == null || id == null ? null : a.muscle(id).orElse(null));
    }
}
