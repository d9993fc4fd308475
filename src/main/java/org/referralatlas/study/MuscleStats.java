package org.referralatlas.study;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Statistics of one muscle over its cards (name it, mark its zones, find its trigger point).
 *
 * @param attempts  answers given, all cards together
 * @param meanScore mean score of those answers, 0 when none
 * @param lastSeen  when the muscle was last asked
 * @param nextDue   the earliest due date among its cards
 */
public record MuscleStats(String muscleId, int attempts, double meanScore, Optional<Instant> lastSeen,
                          Optional<LocalDate> nextDue) {
}
