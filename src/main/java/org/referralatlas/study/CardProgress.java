package org.referralatlas.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The schedule of one card and its history of attempts, oldest first. */
public record CardProgress(ReviewState state, List<Attempt> history) {
    public CardProgress {
        Objects.requireNonNull(state, "state");
        history = List.copyOf(history);
    }

    CardProgress plus(Attempt attempt, ReviewState next) {
        List<Attempt> longer = new ArrayList<>(history);
        longer.add(attempt);
        return new CardProgress(next, longer);
    }
}
