package org.referralatlas.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A patient's pain drawing: per figure view what was painted, plus the date it was made and a free
 * note. Immutable: each edit returns a new drawing, which is what makes undo a simple stack.
 */
public record PainDrawing(LocalDate date, String note, List<ViewDrawing> views) {
    public PainDrawing {
        views = List.copyOf(views);
        note = note == null ? "" : note;
        if (views.stream().map(ViewDrawing::view).distinct().count() != views.size()) {
            throw new IllegalArgumentException("a drawing has at most one entry per view");
        }
    }

    public static PainDrawing empty(LocalDate date) {
        return new PainDrawing(date, "", List.of());
    }

    public Optional<ViewDrawing> view(String viewId) {
        return views.stream().filter(v -> v.view().equals(viewId)).findFirst();
    }

    /** This drawing with one more stroke on a view (created with side BOTH when new). */
    public PainDrawing withStroke(String viewId, Stroke stroke) {
        ViewDrawing current = view(viewId).orElse(new ViewDrawing(viewId, Side.BOTH, List.of()));
        return withView(current.withStroke(stroke));
    }

    /** This drawing with a view's entry replaced (or added). */
    public PainDrawing withView(ViewDrawing drawing) {
        List<ViewDrawing> list = new ArrayList<>();
        boolean replaced = false;
        for (ViewDrawing v : views) {
            if (v.view().equals(drawing.view())) {
                list.add(drawing);
                replaced = true;
            } else {
                list.add(v);
            }
        }
        if (!replaced) {
            list.add(drawing);
        }
        return new PainDrawing(date, note, list);
    }

    public PainDrawing withNote(String newNote) {
        return new PainDrawing(date, newNote, views);
    }

    public PainDrawing withDate(LocalDate newDate) {
        return new PainDrawing(newDate, note, views);
    }
}
