package org.referralatlas.ui.techniques;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Technique;
import org.referralatlas.model.TechniqueCategory;
import org.referralatlas.query.Lookups;

/** Browse techniques by category, and see which muscles each serves. */
public final class TechniquesViewModel {
    private final ObservableList<Technique> visible = FXCollections.observableArrayList();
    private final ObservableList<Lookups.MuscleUse> muscles = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Technique> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final Set<TechniqueCategory> categories = EnumSet.allOf(TechniqueCategory.class);
    private Atlas atlas;
    private Lookups lookups;

    public ObservableList<Technique> visibleTechniques() { return visible; }

    /** Muscles the selected technique serves, with muscle-specific notes. */
    public ObservableList<Lookups.MuscleUse> musclesServed() { return muscles; }

    public ReadOnlyObjectProperty<Technique> selectedProperty() { return selected.getReadOnlyProperty(); }

    public void useAtlas(Atlas newAtlas) {
        atlas = newAtlas;
        lookups = newAtlas == null ? null : new Lookups(newAtlas);
        String keep = selected.get() == null ? null : selected.get().id();
        refilter();
        select(keep);
    }

    public boolean isShown(TechniqueCategory category) {
        return categories.contains(category);
    }

    /** Shows or hides one category (self-care, hands-on, invasive clinical, lifestyle). */
    public void showCategory(TechniqueCategory category, boolean shown) {
        if (shown) {
            categories.add(category);
        } else {
            categories.remove(category);
        }
        refilter();
    }

    public void select(String techniqueId) {
        Technique t = atlas == null || techniqueId == null ? null : atlas.technique(techniqueId).orElse(null);
        selected.set(t);
        muscles.setAll(t == null ? List.of() : lookups.musclesForTechnique(t.id()));
    }

    private void refilter() {
        visible.setAll(atlas == null ? List.of()
                : atlas.techniques().stream().filter(t -> categories.contains(t.category())).toList());
    }
}
