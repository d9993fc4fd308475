package org.referralatlas.lesson;

import java.util.List;

/**
 * An ordered list of steps a teacher builds to present in class. Each step shows one muscle's
 * pattern on one view and side, optionally beside a second muscle for comparison.
 */
public record Lesson(String title, List<Step> steps) {
    public Lesson {
        title = title == null || title.isBlank() ? "Lesson" : title;
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /**
     * One step of a lesson.
     *
     * @param muscle      the muscle whose pattern is shown
     * @param view        the view id (anterior, lateral, posterior ...)
     * @param side        "left" or "right"
     * @param compareWith a second muscle shown beside it, or null
     * @param note        what the teacher wants to say, or null
     * @param viewPicked  whether the teacher picked {@code view}; when not (and in lesson files written before
     *                    this field, where the view was merely the one on screen), the slide shows the view that
     *                    shows the muscle's pattern best, whatever {@code view} says
     */
    public record Step(String muscle, String view, String side, String compareWith, String note, boolean viewPicked) {
        /** A step whose view, when named, was picked by the teacher. */
        public Step(String muscle, String view, String side, String compareWith, String note) {
            this(muscle, view, side, compareWith, note, view != null);
        }

        /** This step shown in a view the teacher picked, or (null) in the muscle's best view. */
        public Step inView(String viewId) {
            return new Step(muscle, viewId, side, compareWith, note, viewId != null);
        }
    }

    /** This lesson with the step at {@code index} replaced. */
    public Lesson withStep(int index, Step step) {
        List<Step> changed = new java.util.ArrayList<>(steps);
        changed.set(index, step);
        return new Lesson(title, changed);
    }

    public Lesson with(Step step) {
        List<Step> more = new java.util.ArrayList<>(steps);
        more.add(step);
        return new Lesson(title, more);
    }
}
