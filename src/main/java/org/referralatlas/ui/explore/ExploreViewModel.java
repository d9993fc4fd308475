package org.referralatlas.ui.explore;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Layer;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.Side;

/**
 * What the figure shows: view, layer, side, and the selected muscle. Switching views keeps the
 * selection; loading another atlas keeps it when the muscle still exists.
 */
public final class ExploreViewModel {
    private final ReadOnlyObjectWrapper<Atlas> atlas = new ReadOnlyObjectWrapper<>(this, "atlas");
    private final StringProperty viewId = new SimpleStringProperty(this, "viewId");
    private final ObjectProperty<Layer> layer = new SimpleObjectProperty<>(this, "layer", Layer.SUPERFICIAL);
    private final ObjectProperty<Side> side = new SimpleObjectProperty<>(this, "side", Side.RIGHT);
    private final ReadOnlyObjectWrapper<Muscle> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final BooleanProperty patientView = new SimpleBooleanProperty(this, "patientView");
    private final BooleanProperty showInvasive = new SimpleBooleanProperty(this, "showInvasive");
    private final StringProperty focusedTriggerPoint = new SimpleStringProperty(this, "focusedTriggerPoint");

    public ReadOnlyObjectProperty<Atlas> atlasProperty() { return atlas.getReadOnlyProperty(); }

    public StringProperty viewIdProperty() { return viewId; }

    public ObjectProperty<Layer> layerProperty() { return layer; }

    public ObjectProperty<Side> sideProperty() { return side; }

    public ReadOnlyObjectProperty<Muscle> selectedProperty() { return selected.getReadOnlyProperty(); }

    public Muscle getSelected() { return selected.get(); }

    /** The detail pane in plain words for a patient, instead of the therapist's full record. */
    public BooleanProperty patientViewProperty() { return patientView; }

    /** In the patient view, whether invasive clinical techniques (needling, injection) are listed. */
    public BooleanProperty showInvasiveProperty() { return showInvasive; }

    /** The selected muscle's trigger point whose pattern alone is shown; null for all. */
    public StringProperty focusedTriggerPointProperty() { return focusedTriggerPoint; }

    /** Shows only this trigger point's pattern, or all again when it is the one already shown alone. */
    public void toggleFocus(String triggerPointId) {
        focusedTriggerPoint.set(triggerPointId == null || triggerPointId.equals(focusedTriggerPoint.get())
                ? null : triggerPointId);
    }

    /** Takes a newly loaded atlas, keeping the view and selection where they still exist. */
    public void useAtlas(Atlas newAtlas) {
        atlas.set(newAtlas);
        if (newAtlas == null) {
            return;
        }
        if (viewId.get() == null || newAtlas.view(viewId.get()).isEmpty()) {
            viewId.set(newAtlas.views().iterator().next().id());
        }
        Muscle current = selected.get();
        selected.set(current == null ? null : newAtlas.muscle(current.id()).orElse(null));
    }

    /** Selects a muscle by id; unknown ids (or null) clear the selection. */
    public void selectMuscle(String id) {
        Atlas a = atlas.get();
        Muscle m = a == null || id == null ? null : a.muscle(id).orElse(null);
        if (m != selected.get()) {
            focusedTriggerPoint.set(null);
        }
        selected.set(m);
    }

    public Optional<Muscle> selection() {
        return Optional.ofNullable(selected.get());
    }

    /** Shows the view with the given id, if the atlas has it. */
    public void showView(String id) {
        if (atlas.get() != null && atlas.get().view(id).isPresent()) {
            viewId.set(id);
        }
    }

    /** Steps to the next (or previous, with -1) view in atlas order. */
    public void cycleView(int step) {
        Atlas a = atlas.get();
        if (a == null) {
            return;
        }
        var ids = a.views().stream().map(v -> v.id()).toList();
        int i = Math.max(0, ids.indexOf(viewId.get()));
        viewId.set(ids.get(Math.floorMod(i + step, ids.size())));
    }
}
