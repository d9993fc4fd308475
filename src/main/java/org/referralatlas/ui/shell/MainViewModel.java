package org.referralatlas.ui.shell;

import java.time.Clock;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.referralatlas.lesson.Lesson;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.RedFlag;
import org.referralatlas.model.Side;
import org.referralatlas.query.Lookups;
import org.referralatlas.query.SearchHit;
import org.referralatlas.ui.explore.ExploreViewModel;
import org.referralatlas.ui.figure.FigureViewModel;
import org.referralatlas.ui.painfinder.PainDrawingViewModel;
import org.referralatlas.ui.painfinder.PainFinderViewModel;
import org.referralatlas.ui.present.PresentationViewModel;
import org.referralatlas.ui.techniques.TechniquesViewModel;

/**
 * The main window's state: which mode, and the feature view-models, all fed the current atlas.
 * Commands are named for intent: {@link #goTo(SearchHit)}, {@link #openMuscle(String)} ...
 */
public final class MainViewModel {
    private final AtlasSession session;
    private final Clock clock;
    private final ExploreViewModel explore;
    private final PainFinderViewModel painFinder;
    private final PainDrawingViewModel painDrawing;
    private final TechniquesViewModel techniques;
    private final PresentationViewModel presentation;
    private final FigureViewModel figure;
    private final ObjectProperty<AppMode> mode = new SimpleObjectProperty<>(this, "mode", AppMode.EXPLORE);
    private final ObservableSet<String> highlighted = FXCollections.observableSet();
    private final ObservableList<RedFlag> symptomFlags = FXCollections.observableArrayList();

    /** @param clock dates the pain drawings and handouts (the composition root passes the system clock, tests a fixed one) */
    public MainViewModel(AtlasSession session, Clock clock) {
        this(session, clock, FeatureModels.create(clock));
    }

    /** @param features the feature view models, made by the composition root */
    public MainViewModel(AtlasSession session, Clock clock, FeatureModels features) {
        this.session = session;
        this.clock = clock;
        this.explore = features.explore();
        this.painFinder = features.painFinder();
        this.painDrawing = features.painDrawing();
        this.techniques = features.techniques();
        this.presentation = features.presentation();
        this.figure = features.figure();
        new FigureModeRules(mode, figure, painFinder, painDrawing, highlighted); // listens for as long as the models live
        session.atlasProperty().addListener((o, old, atlas) -> useAtlas(atlas));
        useAtlas(session.getAtlas());
        painFinder.patientViewProperty().bind(explore.patientViewProperty()); // plain words in every pane
        mode.addListener((o, old, m) -> {
            if (m != AppMode.EXPLORE) {
                highlighted.clear();
                symptomFlags.clear();
            }
        });
    }

    private void useAtlas(Atlas atlas) {
        highlighted.clear();
        symptomFlags.clear();
        explore.useAtlas(atlas);
        painFinder.useAtlas(atlas);
        painDrawing.useAtlas(atlas);
        techniques.useAtlas(atlas);
    }

    /** The clock that dates what the user saves (drawings, handout file names). */
    public Clock clock() { return clock; }

    public AtlasSession session() { return session; }

    public ExploreViewModel explore() { return explore; }

    /** What the figure shows: view, side, layer, selection, zoom, brush, and what the mode puts on it. */
    public FigureViewModel figure() { return figure; }

    public PainFinderViewModel painFinder() { return painFinder; }

    /** The pain finder's brush mode ("Draw your pain"). */
    public PainDrawingViewModel painDrawing() { return painDrawing; }

    /** Undo in the pain finder: the last stroke while drawing, else the last region pick. */
    public void undoPainFinder() {
        if (painDrawing.activeProperty().get()) {
            painDrawing.undo();
        } else {
            painFinder.undo();
        }
    }

    /** Clears the pain finder: every view of the drawing while drawing, else the chosen regions. */
    public void clearPainFinder() {
        if (painDrawing.activeProperty().get()) {
            painDrawing.clear();
        } else {
            painFinder.clear();
        }
    }

    /** Switches the pain finder between painting and picking regions (and shows the pain finder). */
    public void toggleDrawing() {
        mode.set(AppMode.PAIN_FINDER);
        painDrawing.activeProperty().set(!painDrawing.activeProperty().get());
    }

    public TechniquesViewModel techniques() { return techniques; }

    public PresentationViewModel presentation() { return presentation; }

    public ObjectProperty<AppMode> modeProperty() { return mode; }

    /**
     * Adds the selected muscle and side to the lesson, in the view that shows its pattern best, not picked by
     * the teacher (the view on screen may show little of it; the teacher picks one while presenting); with {@code compare}, the
     * step also shows the lesson's previous muscle beside it. Does nothing when no muscle is selected.
     */
    public void addToLesson(boolean compare) {
        Muscle m = explore.getSelected();
        if (m == null) {
            return;
        }
        var steps = presentation.lessonProperty().get().steps();
        String previous = compare && !steps.isEmpty() ? steps.get(steps.size() - 1).muscle() : null;
        Side side = explore.sideProperty().get() == Side.LEFT ? Side.LEFT : Side.RIGHT;
        String view = org.referralatlas.export.Figures.bestView(session.getAtlas(), m, java.util.List.of(), side).id();
        presentation.add(new Lesson.Step(m.id(), view, side == Side.LEFT ? "left" : "right",
                m.id().equals(previous) ? null : previous, null, false));
    }

    /** Muscles to emphasise on the figure, e.g. those associated with a searched symptom. */
    public ObservableSet<String> highlightedMuscles() { return highlighted; }

    /** Red flags of the last symptom searched, shown before its muscles; empty otherwise. */
    public ObservableList<RedFlag> symptomFlags() { return symptomFlags; }

    public void openMuscle(String muscleId) {
        mode.set(AppMode.EXPLORE);
        explore.selectMuscle(muscleId);
    }

    public void openTechnique(String techniqueId) {
        mode.set(AppMode.TECHNIQUES);
        techniques.select(techniqueId);
    }

    /** Goes to a search result: a muscle opens in Explore, a region is chosen in the pain finder,
     *  a symptom shows its red flags and highlights its muscles, a technique opens in Techniques. */
    public void goTo(SearchHit hit) {
        symptomFlags.clear();
        switch (hit.kind()) {
            case MUSCLE -> openMuscle(hit.id());
            case REGION -> {
                mode.set(AppMode.PAIN_FINDER);
                painFinder.setChosen(hit.id(), true);
            }
            case SYMPTOM -> {
                mode.set(AppMode.EXPLORE);
                Atlas atlas = session.getAtlas();
                highlighted.clear();
                Lookups lookups = new Lookups(atlas);
                symptomFlags.setAll(lookups.redFlagsForSymptom(hit.id(), hit.matched()));
                lookups.musclesWithSymptom(hit.id()).forEach(m -> highlighted.add(m.id()));
                explore.selectMuscle(null);
            }
            case TECHNIQUE -> openTechnique(hit.id());
            default -> throw new IllegalStateException("unknown kind " + hit.kind());
        }
    }
}
