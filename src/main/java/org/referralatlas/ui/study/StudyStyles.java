package org.referralatlas.ui.study;

/** Style-class names of study mode, defined in {@code study.css}; one place so tests and CSS agree. */
public final class StudyStyles {
    public static final String VIEW = "study-view";
    public static final String PRESENTATION = "presentation";
    public static final String FIGURE_CAPTION = "study-figure-caption";
    public static final String PROMPT = "study-prompt";
    public static final String OPTION = "study-option";
    public static final String CORRECT = "study-correct";
    public static final String WRONG = "study-wrong";
    public static final String FEEDBACK = "study-feedback";
    public static final String MESSAGE = "study-message";
    /** The scrolling column that holds the question, its options and the feedback. */
    public static final String QUESTION_SIDE = "study-question-side";

    private StudyStyles() {
    }
}
