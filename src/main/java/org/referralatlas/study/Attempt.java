package org.referralatlas.study;

import java.time.Instant;

/** One answer to a card: when, how well (score in [0, 1]) and the SM-2 grade it earned. */
public record Attempt(Instant at, double score, int grade) {
    public Attempt {
        if (at == null || !(score >= 0 && score <= 1) || grade < 0 || grade > 5) {
            throw new IllegalArgumentException("invalid attempt: " + at + ", " + score + ", " + grade);
        }
    }
}
