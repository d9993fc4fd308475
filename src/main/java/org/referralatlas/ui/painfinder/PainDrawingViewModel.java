package org.referralatlas.ui.painfinder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.referralatlas.geometry.Mask;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Intensity;
import org.referralatlas.model.PainDrawing;
import org.referralatlas.model.Point;
import org.referralatlas.model.RedFlag;
import org.referralatlas.model.Side;
import org.referralatlas.model.ViewDrawing;
import org.referralatlas.query.DrawingComparison;
import org.referralatlas.query.DrawingRanker;
import org.referralatlas.query.DrawingRanking;
import org.referralatlas.query.DrawingSession;
import org.referralatlas.query.DrawnMasks;
import org.referralatlas.ui.bodymap.MapLimits;
import org.referralatlas.ui.figure.FigureViewModel;

/**
 * "Draw your pain": the brush (radius, intensity, eraser), the side of the shown view's drawing,
 * undo and clear, and the ranking of the drawing, re-ranked after every stroke (about a millisecond).
 * Each view keeps its own drawing; {@link #viewIdProperty()} says which one the brush paints on.
 */
public final class PainDrawingViewModel {
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final StringProperty viewId;
    private final DoubleProperty brushRadius;
    private final ObjectProperty<Intensity> intensity = new SimpleObjectProperty<>(this, "intensity", Intensity.MODERATE);
    private final BooleanProperty eraser;
    private final ObjectProperty<Side> side = new SimpleObjectProperty<>(this, "side", Side.BOTH);
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ReadOnlyObjectWrapper<LocalDate> date = new ReadOnlyObjectWrapper<>(this, "date");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyObjectWrapper<DrawingRanking> ranking = new ReadOnlyObjectWrapper<>(this, "ranking");
    private final ObservableList<DrawingRanking.Candidate> candidates = FXCollections.observableArrayList();
    private final ObservableList<RedFlag> redFlags = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DrawingRanking.Combination> best = new ReadOnlyObjectWrapper<>(this, "best");
    private final ReadOnlyDoubleWrapper unexplainedShare = new ReadOnlyDoubleWrapper(this, "unexplainedShare");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private Atlas atlas;
    private DrawingSession session;
    private boolean syncingSide;
    private final Clock clock;

    /** @param clock dates a new drawing (and one opened without a date) */
    public PainDrawingViewModel(Clock clock) {
        this(clock, new FigureViewModel());
    }

    /**
     * @param clock  dates a new drawing (and one opened without a date)
     * @param figure holds the view painted on (the one shown), the brush and the eraser: the figure shows
     *               them and its keys change them
     */
    public PainDrawingViewModel(Clock clock, FigureViewModel figure) {
        this.clock = clock;
        this.viewId = figure.viewIdProperty();
        this.brushRadius = figure.brushRadiusProperty();
        this.eraser = figure.eraserProperty();
        date.set(LocalDate.now(clock));
        viewId.addListener((o, a, v) -> showSideOfView());
        side.addListener((o, a, s) -> {
            if (!syncingSide && s != null && viewId.get() != null && session() != null) {
                session.setSide(viewId.get(), s);
                rank();
            }
        });
    }

    /** Whether the pain finder paints (true) or picks regions (false). */
    public BooleanProperty activeProperty() { return active; }

    /** The view the brush paints on: the figure's view, the one the map shows. */
    public StringProperty viewIdProperty() { return viewId; }

    /** Brush radius in design units, held within [{@link MapLimits#MIN_BRUSH}, {@link MapLimits#MAX_BRUSH}] however it is set or bound. */
    public DoubleProperty brushRadiusProperty() { return brushRadius; }

    public ObjectProperty<Intensity> intensityProperty() { return intensity; }

    public BooleanProperty eraserProperty() { return eraser; }

    /** Which side the shown view's drawing is about; changing it is undoable and re-ranks. */
    public ObjectProperty<Side> sideProperty() { return side; }

    public StringProperty noteProperty() { return note; }

    /** The day the drawing was made (today for a new one, the file's date for an opened one). */
    public ReadOnlyObjectProperty<LocalDate> dateProperty() { return date.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }

    /** The latest ranking; null before the first stroke or without an atlas. */
    public ReadOnlyObjectProperty<DrawingRanking> rankingProperty() { return ranking.getReadOnlyProperty(); }

    /** Candidate muscles with the share of the drawing each explains, best first. */
    public ObservableList<DrawingRanking.Candidate> candidates() { return candidates; }

    /** The red flags of the regions the drawing paints ({@link #paintedRegionIds()}): warnings on this path too. */
    public ObservableList<RedFlag> redFlags() { return redFlags; }

    /** The smallest set of two or three muscles that explains most of the drawing; null when none helps. */
    public ReadOnlyObjectProperty<DrawingRanking.Combination> bestCombinationProperty() { return best.getReadOnlyProperty(); }

    /** Share of the drawing that no muscle of the atlas explains, 0 to 1. */
    public ReadOnlyDoubleProperty unexplainedShareProperty() { return unexplainedShare.getReadOnlyProperty(); }

    /** Counts edits: changes after every stroke, undo, clear or open (the figure redraws on it). */
    public ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    /**
     * Ranks against another atlas (e.g. after a reload). The drawing is kept, without views the new atlas
     * lacks, so editing an atlas never loses a patient's drawing; undo history starts afresh.
     */
    public void useAtlas(Atlas newAtlas) {
        PainDrawing kept = session == null ? null : drawing();
        atlas = newAtlas;
        session = null;
        if (kept != null && newAtlas != null) {
            List<ViewDrawing> views = kept.views().stream().filter(v -> newAtlas.view(v.view()).isPresent()).toList();
            session = new DrawingSession(new DrawingRanker(newAtlas), new PainDrawing(kept.date(), kept.note(), views));
        }
        rank();
    }

    private DrawingSession session() {
        if (session == null && atlas != null) {
            session = new DrawingSession(new DrawingRanker(atlas), PainDrawing.empty(date.get()));
        }
        return session;
    }

    /** Paints (or with the eraser, or {@code erase}, erases) along design points of a view, then re-ranks. */
    public void stroke(String view, List<Point> points, boolean erase) {
        stroke(view, points, erase, Side.BOTH);
    }

    /**
     * As {@link #stroke(String, List, boolean)}, on a view that shows one side of the patient: the first
     * stroke on it makes the view's drawing about that side (a lateral view shows the right or the left).
     */
    public void stroke(String view, List<Point> points, boolean erase, Side shownSide) {
        if (shownSide != Side.BOTH && session() != null && session.drawing().view(view).isEmpty()
                && !(erase || eraser.get()) && view.equals(viewId.get())) {
            side.set(shownSide); // recorded (undoably) by the side listener
        }
        if (session() == null || points.isEmpty()) {
            return;
        }
        try {
            if (erase || eraser.get()) {
                session.erase(view, points, brushRadius.get());
            } else {
                boolean newView = session.drawing().view(view).isEmpty();
                session.stroke(view, points, brushRadius.get(), intensity.get());
                if (newView && side.get() != Side.BOTH && view.equals(viewId.get())) {
                    session.setSide(view, side.get()); // the side chosen before painting this view
                }
            }
        } catch (IllegalArgumentException e) {
            return; // a view the atlas does not have: nothing to paint
        }
        rank();
    }

    public void undo() {
        if (session != null && session.undo()) {
            showSideOfView();
            rank();
        }
    }

    /** Clears every view (undoable). */
    public void clear() {
        if (session != null && !session.drawing().views().isEmpty()) {
            session.clear();
            rank();
        }
    }

    /** Clears the shown view only (undoable). */
    public void clearView() {
        if (session != null && viewId.get() != null) {
            session.clear(viewId.get());
            rank();
        }
    }

    /** The drawing as it stands, with the note, ready to save. */
    public PainDrawing drawing() {
        if (session() == null) {
            return PainDrawing.empty(date.get()).withNote(note.get());
        }
        session.setNote(note.get());
        return session.drawing();
    }

    /** Replaces the drawing with an opened one (its date and note too); undo starts afresh. */
    public void open(PainDrawing opened) {
        if (atlas == null) {
            return;
        }
        session = new DrawingSession(new DrawingRanker(atlas), opened);
        date.set(opened.date() == null ? LocalDate.now(clock) : opened.date());
        note.set(opened.note());
        showSideOfView();
        rank();
    }

    /** Compares an earlier drawing with the current one (extent change, Jaccard overlap). */
    public DrawingComparison compareWith(PainDrawing before) {
        return DrawingComparison.of(session().masks().zones(), before, drawing());
    }

    /** A drawing rasterised on this atlas's grids, e.g. to show a saved one. */
    public DrawnMasks cellsOf(PainDrawing drawing) {
        return DrawnMasks.of(session().masks().zones(), drawing);
    }

    /** A copy of the painted cells of a view at one intensity (null without an atlas). */
    public Mask painted(String view, Intensity level) {
        return session == null || !session.masks().views().contains(view) ? null
                : session.masks().layer(view, level).copy();
    }

    /** The view a handout shows the drawing on: the shown view if painted, else the most painted; null for none. */
    public String mostPaintedView() {
        return session == null ? null : session.masks().mostPaintedView(viewId.get());
    }

    /**
     * Ids of the pain regions the drawing paints, in the atlas's order, on the side each view's drawing is about:
     * a region counts when a tenth of a view's painted cells lie in it, or a third of the region is painted
     * (a brush's edge across a neighbouring region does not name it).
     */
    public List<String> paintedRegionIds() {
        return session == null || atlas == null ? List.of()
                : session.masks().paintedRegions(atlas.regions().stream().map(r -> r.id()).toList());
    }

    /** The side a view's drawing is about (BOTH when the view is not painted). */
    public Side sideOf(String view) {
        return session == null ? Side.BOTH : session.drawing().view(view).map(ViewDrawing::side).orElse(Side.BOTH);
    }

    /** The painted cells of a view that no muscle explains, or null. */
    public Mask unexplained(String view) {
        DrawingRanking r = ranking.get();
        return r == null ? null : r.unexplained().get(view);
    }

    private void showSideOfView() {
        syncingSide = true;
        try {
            // A view not painted yet is about both sides until the user (or a one-sided view) says otherwise.
            side.set(session == null || viewId.get() == null ? Side.BOTH
                    : session.drawing().view(viewId.get()).map(ViewDrawing::side).orElse(Side.BOTH));
        } finally {
            syncingSide = false;
        }
    }

    private void rank() {
        DrawingRanking r = session == null ? null : session.rank();
        canUndo.set(session != null && session.canUndo());
        ranking.set(r);
        candidates.setAll(r == null ? List.of() : r.candidates());
        List<String> painted = r == null || atlas == null ? List.of() : paintedRegionIds();
        redFlags.setAll(painted.isEmpty() ? List.of() : atlas.redFlagsFor(painted));
        best.set(r == null ? null : r.bestCombination().orElse(null));
        unexplainedShare.set(r == null ? 0 : r.unexplainedShare());
        revision.set(revision.get() + 1);
    }
}
