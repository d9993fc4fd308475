package org.referralatlas.query;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.referralatlas.model.Intensity;
import org.referralatlas.model.PainDrawing;
import org.referralatlas.model.Point;
import org.referralatlas.model.Side;
import org.referralatlas.model.Stroke;
import org.referralatlas.model.ViewDrawing;

/**
 * Editing a pain drawing, without any UI: the brush mode of the pain finder calls this and shows
 * {@link #rank()}. A stroke is painted onto the already rasterised drawing, so re-ranking after it
 * costs one stroke's cells plus the bit counts of the ranking. Undo restores the previous drawing
 * (re-rasterised from its strokes: rare, and exact). Not thread-safe; use it from one thread.
 */
public final class DrawingSession {
    /** Undo depth: enough for a session, bounded so a long one cannot grow without limit. */
    public static final int UNDO_LIMIT = 200;

    private final DrawingRanker ranker;
    private final Deque<PainDrawing> undo = new ArrayDeque<>();
    private PainDrawing drawing;
    private DrawnMasks masks;

    public DrawingSession(DrawingRanker ranker, PainDrawing initial) {
        this.ranker = ranker;
        this.drawing = initial;
        this.masks = DrawnMasks.of(ranker.zones(), initial);
    }

    /**
     * Paints a brush stroke through the given design-space points of a view.
     *
     * @throws IllegalArgumentException for a view the atlas does not have, no points or a radius ≤ 0
     */
    public void stroke(String view, List<Point> points, double radius, Intensity intensity) {
        add(view, Stroke.paint(points, radius, intensity));
    }

    /** Erases along the given points of a view. */
    public void erase(String view, List<Point> points, double radius) {
        add(view, Stroke.eraser(points, radius));
    }

    private void add(String view, Stroke stroke) {
        masks.apply(view, stroke);
        push();
        drawing = drawing.withStroke(view, stroke);
    }

    /** Which side a view's drawing is about (see {@link ViewDrawing#side()}); undoable. */
    public void setSide(String view, Side side) {
        masks.setSide(view, side);
        push();
        ViewDrawing current = drawing.view(view).orElse(new ViewDrawing(view, side, List.of()));
        drawing = drawing.withView(current.withSide(side));
    }

    /** Removes everything painted on one view; undoable. */
    public void clear(String view) {
        if (drawing.view(view).isEmpty()) {
            return;
        }
        push();
        ViewDrawing current = drawing.view(view).orElseThrow();
        drawing = drawing.withView(new ViewDrawing(view, current.side(), List.of()));
        masks = DrawnMasks.of(ranker.zones(), drawing);
    }

    /** Removes everything painted on every view (the date and note stay); undoable. */
    public void clear() {
        push();
        drawing = new PainDrawing(drawing.date(), drawing.note(), List.of());
        masks = DrawnMasks.of(ranker.zones(), drawing);
    }

    /** Undoes the last stroke, eraser, side change or clear; false when there is nothing to undo. */
    public boolean undo() {
        if (undo.isEmpty()) {
            return false;
        }
        drawing = undo.pop();
        masks = DrawnMasks.of(ranker.zones(), drawing);
        return true;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public void setNote(String note) {
        drawing = drawing.withNote(note);
    }

    public void setDate(LocalDate date) {
        drawing = drawing.withDate(date);
    }

    /** The drawing as it stands, ready to save. */
    public PainDrawing drawing() {
        return drawing;
    }

    /** The rasterised drawing (read only), e.g. for the UI to paint the cells. */
    public DrawnMasks masks() {
        return masks;
    }

    /** Ranks the drawing as it stands. */
    public DrawingRanking rank() {
        return ranker.rank(masks);
    }

    private void push() {
        undo.push(drawing);
        if (undo.size() > UNDO_LIMIT) {
            undo.removeLast();
        }
    }
}
