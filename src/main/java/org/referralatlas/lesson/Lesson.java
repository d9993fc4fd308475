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
     */
    public record Step(String muscle, String view, String side, String compareWith, String note) {
    }

    public Lesson with(Step step) {
        List<Step> more = new java.util.ArrayList<>(steps);
        more.add(step);
        return new Lesson(title, more);
    }
}
