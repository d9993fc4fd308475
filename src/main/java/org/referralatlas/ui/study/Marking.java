package org.referralatlas.ui.study;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.referralatlas.geometry.Mask;
import org.referralatlas.model.Point;
import org.referralatlas.model.ViewBox;
import org.referralatlas.model.ZoneKind;
import org.referralatlas.study.Answer;
import org.referralatlas.study.QuizGrid;

/**
 * What the student has painted on the figure, one mask per brush, and the keyboard cursor.
 * Each change publishes a new mask copy, so a view redraws on a plain property change.
 */
public final class Marking {
    private final ReadOnlyObjectWrapper<ZoneKind> brush = new ReadOnlyObjectWrapper<>(this, "brush", ZoneKind.ESSENTIAL);
    private final ReadOnlyObjectWrapper<Mask> essential = new ReadOnlyObjectWrapper<>(this, "essential");
    private final ReadOnlyObjectWrapper<Mask> spillover = new ReadOnlyObjectWrapper<>(this, "spillover");
    private final ReadOnlyObjectWrapper<Point> cursor = new ReadOnlyObjectWrapper<>(this, "cursor");
    private ViewBox box;

    Marking() {
    }

    public ReadOnlyObjectProperty<ZoneKind> brushProperty() { return brush.getReadOnlyProperty(); }

    /** Painted essential cells; null when no figure question is shown. */
    public ReadOnlyObjectProperty<Mask> essentialProperty() { return essential.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Mask> spilloverProperty() { return spillover.getReadOnlyProperty(); }

    /** The keyboard cursor in design space; null when no figure question is shown. */
    public ReadOnlyObjectProperty<Point> cursorProperty() { return cursor.getReadOnlyProperty(); }

    public void selectBrush(ZoneKind kind) {
        brush.set(kind);
    }

    /** Tab / B: switches between the essential and the spillover brush. */
    public void toggleBrush() {
        brush.set(brush.get() == ZoneKind.ESSENTIAL ? ZoneKind.SPILLOVER : ZoneKind.ESSENTIAL);
    }

    /** Removes what the current brush painted around a point (the other brush's cells stay). */
    public void erase(double x, double y, double radius) {
        if (box != null) {
            target().set(target().get().copy().eraseDisc(x, y, radius));
        }
    }

    /** Clears both brushes. */
    public void clear() {
        if (box != null) {
            essential.set(new Mask(QuizGrid.over(box)));
            spillover.set(new Mask(QuizGrid.over(box)));
        }
    }

    void paint(double x, double y, double radius) {
        if (box != null) {
            target().set(QuizGrid.dab(target().get().copy(), x, y, radius));
        }
    }

    void move(double dx, double dy) {
        Point at = cursor.get();
        if (at != null) {
            cursor.set(new Point(Math.max(box.x(), Math.min(box.x() + box.width(), at.x() + dx)),
                    Math.max(box.y(), Math.min(box.y() + box.height(), at.y() + dy))));
        }
    }

    Answer.MarkedZones answer() {
        return new Answer.MarkedZones(essential.get(), spillover.get());
    }

    /** A fresh, empty marking over the view box (null: no figure question). Cursor at the centre. */
    void reset(ViewBox viewBox) {
        box = viewBox;
        brush.set(ZoneKind.ESSENTIAL);
        essential.set(viewBox == null ? null : new Mask(QuizGrid.over(viewBox)));
        spillover.set(viewBox == null ? null : new Mask(QuizGrid.over(viewBox)));
        cursor.set(viewBox == null ? null
                : new Point(viewBox.x() + viewBox.width() / 2, viewBox.y() + viewBox.height() / 2));
    }

    private ReadOnlyObjectWrapper<Mask> target() {
        return brush.get() == ZoneKind.ESSENTIAL ? essential : spillover;
    }
}
