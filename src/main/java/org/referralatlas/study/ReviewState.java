package org.referralatlas.study;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The SM-2 state of one card after its latest review.
 *
 * @param easeFactor   SM-2's E-Factor, at least {@value Scheduler#MIN_EASE}; how fast intervals grow
 * @param intervalDays days from the review to the next one
 * @param repetitions  successful recalls in a row (grade 3 or more) since the last failure
 * @param due          the date from which the card should be reviewed again
 */
public record ReviewState(double easeFactor, int intervalDays, int repetitions, LocalDate due) {
    public ReviewState {
        Objects.requireNonNull(due, "due");
        if (!(easeFactor >= Scheduler.MIN_EASE) || intervalDays < 0 || repetitions < 0) {
            throw new IllegalArgumentException("invalid review state: ease " + easeFactor
                    + ", interval " + intervalDays + ", repetitions " + repetitions);
        }
    }

    public boolean isDue(LocalDate today) {
        return !due.isAfter(today);
    }
}
