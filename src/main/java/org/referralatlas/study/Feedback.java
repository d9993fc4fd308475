package org.referralatlas.study;

/**
 * What the student sees after answering: the question (which carries the correct answer to draw
 * beside theirs), their answer, the score, the SM-2 grade and when the card comes back.
 */
public record Feedback(Question question, Answer answer, Score score, int grade, ReviewState schedule) {
    public boolean passed() {
        return grade >= Scheduler.PASS_GRADE;
    }
}
