package org.referralatlas.study;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Spaced repetition with SuperMemo's SM-2 (Wozniak, 1990), dates taken from an injected {@link Clock}
 * in the clock's zone, so that "tomorrow" is the student's tomorrow and tests control time.
 *
 * <h2>Grade from score</h2>
 * SM-2 wants a recall quality from 0 to 5; scores map to it by {@link #grade(double)}:
 * <table>
 * <caption>score to grade</caption>
 * <tr><th>score</th><th>grade</th><th>meaning</th></tr>
 * <tr><td>&ge; 0.95</td><td>5</td><td>perfect</td></tr>
 * <tr><td>&ge; 0.80</td><td>4</td><td>correct, minor slips</td></tr>
 * <tr><td>&ge; 0.60</td><td>3</td><td>correct with difficulty: still a pass</td></tr>
 * <tr><td>&ge; 0.40</td><td>2</td><td>wrong, but close</td></tr>
 * <tr><td>&ge; 0.20</td><td>1</td><td>wrong</td></tr>
 * <tr><td>&lt; 0.20</td><td>0</td><td>blank</td></tr>
 * </table>
 *
 * <h2>Review</h2>
 * <ul>
 *   <li>Grade &ge; 3 (recalled): the interval becomes 1 day after the first success, 6 after the
 *   second, then the previous interval times the ease factor (as it stood before this review), rounded up; repetitions + 1; the ease
 *   factor changes by 0.1 - (5 - q)(0.08 + (5 - q) 0.02) and never drops below {@value #MIN_EASE}.</li>
 *   <li>Grade &lt; 3 (forgotten): repetitions restart at 0 and the card is due again tomorrow; the
 *   ease factor is left as it was, as SM-2 prescribes ("without changing the E-Factor").</li>
 * </ul>
 * A new card starts with ease {@value #INITIAL_EASE}.
 */
public final class Scheduler {
    public static final double INITIAL_EASE = 2.5;
    public static final double MIN_EASE = 1.3;
    public static final int PASS_GRADE = 3;

    private final Clock clock;

    public Scheduler(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Instant now() {
        return clock.instant();
    }

    /** The SM-2 grade for a score in [0, 1]; see the class table. */
    public static int grade(double score) {
        if (score >= 0.95) {
            return 5;
        }
        if (score >= 0.80) {
            return 4;
        }
        if (score >= 0.60) {
            return 3;
        }
        if (score >= 0.40) {
            return 2;
        }
        return score >= 0.20 ? 1 : 0;
    }

    /**
     * The state after a review today.
     *
     * @param previous the state before, or null for a card never reviewed
     * @param grade    0 to 5
     */
    public ReviewState review(ReviewState previous, int grade) {
        if (grade < 0 || grade > 5) {
            throw new IllegalArgumentException("grade must be 0-5, was " + grade);
        }
        double ease = previous == null ? INITIAL_EASE : previous.easeFactor();
        int repetitions = previous == null ? 0 : previous.repetitions();
        int interval = previous == null ? 0 : previous.intervalDays();
        if (grade < PASS_GRADE) {
            return new ReviewState(ease, 1, 0, today().plusDays(1));
        }
        int next = switch (repetitions) {
            case 0 -> 1;
            case 1 -> 6;
            // The epsilon keeps 25 x 2.2 at 55 days, not 56 through binary rounding.
            default -> (int) Math.ceil(interval * ease - 1e-9);
        };
        int q = 5 - grade;
        // Kept to two decimals, as SM-2 states it, so saved values do not drift by 1e-16 steps.
        double newEase = Math.max(MIN_EASE, Math.round((ease + 0.1 - q * (0.08 + q * 0.02)) * 100) / 100.0);
        return new ReviewState(newEase, next, repetitions + 1, today().plusDays(next));
    }
}
