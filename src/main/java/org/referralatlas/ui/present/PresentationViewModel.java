package org.referralatlas.ui.present;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.referralatlas.lesson.Lesson;
import org.referralatlas.ui.Messages;

/**
 * The lesson a teacher builds and steps through in presentation mode.
 * Arrow keys call {@link #next()} and {@link #previous()}.
 */
public final class PresentationViewModel {
    private final ObjectProperty<Lesson> lesson = new SimpleObjectProperty<>(this, "lesson", new Lesson(Messages.get("lesson.untitled"), null));
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", 0);
    private final BooleanProperty comparing = new SimpleBooleanProperty(this, "comparing", true);
    private final ObjectBinding<Lesson.Step> current = Bindings.createObjectBinding(() -> {
        var steps = lesson.get().steps();
        return steps.isEmpty() ? null : steps.get(Math.min(index.get(), steps.size() - 1));
    }, lesson, index);

    public PresentationViewModel() {
        lesson.addListener((o, old, l) -> index.set(0));
    }

    public ObjectProperty<Lesson> lessonProperty() { return lesson; }

    public ReadOnlyIntegerProperty indexProperty() { return index.getReadOnlyProperty(); }

    /** The step on screen, or null for an empty lesson. */
    public ObjectBinding<Lesson.Step> currentStep() { return current; }

    /** Whether a step's comparison muscle is shown beside it. */
    public BooleanProperty comparingProperty() { return comparing; }

    public int size() {
        return lesson.get().steps().size();
    }

    public void add(Lesson.Step step) {
        lesson.set(lesson.get().with(step));
        index.set(size() - 1);
    }

    public void removeCurrent() {
        var steps = new java.util.ArrayList<>(lesson.get().steps());
        if (!steps.isEmpty()) {
            int at = index.get();
            steps.remove(at);
            lesson.set(new Lesson(lesson.get().title(), steps));
            index.set(Math.max(0, Math.min(at, steps.size() - 1)));
        }
    }

    /**
     * Shows the current step in a view the teacher picks (kept when the lesson is saved), or with null in
     * the view that shows its pattern best. Does not move to another step.
     */
    public void pickView(String viewId) {
        Lesson.Step step = current.get();
        if (step != null) {
            int at = Math.min(index.get(), size() - 1);
            lesson.set(lesson.get().withStep(at, step.inView(viewId)));
            index.set(at);
        }
    }

    public void next() {
        if (index.get() < size() - 1) {
            index.set(index.get() + 1);
        }
    }

    public void previous() {
        if (index.get() > 0) {
            index.set(index.get() - 1);
        }
    }

    public void first() {
        index.set(0);
    }

    public void last() {
        index.set(Math.max(0, size() - 1));
    }
}
