package org.referralatlas.ui.painfinder;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.RedFlag;
import org.referralatlas.model.Side;
import org.referralatlas.query.PainLookup;
import org.referralatlas.ui.figure.FigureViewModel;

/**
 * The pain finder: the regions where it hurts (several at once, with side), the ranked candidate
 * muscles, the red flags that apply, and undo.
 */
public final class PainFinderViewModel {
    private final ObservableList<String> chosen = FXCollections.observableArrayList();
    private final ObservableList<String> chosenView = FXCollections.unmodifiableObservableList(chosen);
    private final ObservableList<PainLookup.Candidate> candidates = FXCollections.observableArrayList();
    private final ObservableList<String> regionsWithoutGuide = FXCollections.observableArrayList();
    private final ObservableList<RedFlag> redFlags = FXCollections.observableArrayList();
    private final ObservableList<PainLookup.Site> sites = FXCollections.observableArrayList();
    private final ObjectProperty<Side> side;
    private final BooleanProperty patientView = new SimpleBooleanProperty(this, "patientView");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final Deque<List<String>> history = new ArrayDeque<>();
    private Atlas atlas;
    private PainLookup lookup;

    /** A pain finder with a figure of its own (a test, or a view without the main window). */
    public PainFinderViewModel() {
        this(new FigureViewModel());
    }

    /** @param figure holds the side the pain is on: the side the figure shows, set from the toolbar or a click */
    public PainFinderViewModel(FigureViewModel figure) {
        side = figure.sideProperty();
        side.addListener((o, a, b) -> rank());
    }

    /** Chosen region ids, in the order they were chosen. */
    public ObservableList<String> chosenRegions() { return chosenView; }

    public ObservableList<PainLookup.Candidate> candidates() { return candidates; }

    /** Chosen regions that muscles refer to but that have no pain guide (names), for the view to say so. */
    public ObservableList<String> regionsWithoutGuide() { return regionsWithoutGuide; }

    public ObservableList<RedFlag> redFlags() { return redFlags; }

    /** Muscles whose trigger points lie in a chosen region (local pain there, not referral), after the candidates. */
    public ObservableList<PainLookup.Site> sites() { return sites; }

    /** The side the pain is on, which the candidates are ranked for: the figure's side. */
    public ObjectProperty<Side> sideProperty() { return side; }

    /** Whether a patient is looking on: the results then show no scores or clinical reasons. */
    public BooleanProperty patientViewProperty() { return patientView; }

    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }

    public void useAtlas(Atlas newAtlas) {
        atlas = newAtlas;
        lookup = newAtlas == null ? null : new PainLookup(newAtlas);
        List<String> kept = newAtlas == null ? List.of()
                : chosen.stream().filter(id -> newAtlas.region(id).isPresent()).toList();
        chosen.setAll(kept);
        history.clear();
        canUndo.set(false);
        rank();
    }

    /** Adds the region if it is not chosen, removes it if it is (a click on the figure or a tick). */
    public void toggleRegion(String regionId) {
        if (atlas == null || atlas.region(regionId).isEmpty()) {
            return;
        }
        remember();
        if (!chosen.remove(regionId)) {
            chosen.add(regionId);
        }
        rank();
    }

    /** Sets whether one region is chosen (for check boxes). */
    public void setChosen(String regionId, boolean on) {
        if (on != chosen.contains(regionId)) {
            toggleRegion(regionId);
        }
    }

    public void clear() {
        if (!chosen.isEmpty()) {
            remember();
            chosen.clear();
            rank();
        }
    }

    public void undo() {
        if (!history.isEmpty()) {
            chosen.setAll(history.pop());
            canUndo.set(!history.isEmpty());
            rank();
        }
    }

    private void remember() {
        history.push(new ArrayList<>(chosen));
        canUndo.set(true);
    }

    private void rank() {
        if (lookup == null || chosen.isEmpty()) {
            candidates.clear();
            sites.clear();
            redFlags.clear();
            regionsWithoutGuide.clear();
            return;
        }
        PainLookup.Result result = lookup.lookUp(chosen, side.get());
        candidates.setAll(result.candidates());
        sites.setAll(result.sites());
        regionsWithoutGuide.setAll(result.regionsWithoutGuide().stream()
                .map(id -> atlas.region(id).map(r -> r.name()).orElse(id)).toList());
        redFlags.setAll(atlas.redFlagsFor(chosen));
    }
}
