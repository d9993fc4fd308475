package org.referralatlas.study;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Statistics per muscle from a {@link Progress}. Region cards are about several muscles at once and
 * are left out: crediting each muscle with a region answer would blur which pattern was known.
 */
public final class Statistics {
    private Statistics() {
    }

    /** One entry per given muscle id, in the given order; muscles never asked have 0 attempts. */
    public static List<MuscleStats> perMuscle(Progress progress, Collection<String> muscleIds) {
        List<MuscleStats> stats = new ArrayList<>();
        for (String muscle : muscleIds) {
            int attempts = 0;
            double total = 0;
            Instant last = null;
            LocalDate due = null;
            for (QuizKind kind : QuizKind.values()) {
                if (!kind.aboutMuscle()) {
                    continue;
                }
                Optional<CardProgress> card = progress.of(new Card(kind, muscle));
                if (card.isEmpty()) {
                    continue;
                }
                for (Attempt a : card.get().history()) {
                    attempts++;
                    total += a.score();
                    last = last == null || a.at().isAfter(last) ? a.at() : last;
                }
                LocalDate cardDue = card.get().state().due();
                due = due == null || cardDue.isBefore(due) ? cardDue : due;
            }
            stats.add(new MuscleStats(muscle, attempts, attempts == 0 ? 0 : total / attempts,
                    Optional.ofNullable(last), Optional.ofNullable(due)));
        }
        return stats;
    }

    /** The muscles asked at least once, weakest first: what to study next. */
    public static List<MuscleStats> weakest(Progress progress, Collection<String> muscleIds) {
        return perMuscle(progress, muscleIds).stream().filter(s -> s.attempts() > 0)
                .sorted(Comparator.comparingDouble(MuscleStats::meanScore)).toList();
    }
}
