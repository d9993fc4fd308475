package org.referralatlas.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchedulerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final Scheduler scheduler = new Scheduler(CLOCK);

    @ParameterizedTest(name = "score {0} -> grade {1}")
    @CsvSource({"1.0, 5", "0.95, 5", "0.94, 4", "0.8, 4", "0.79, 3", "0.6, 3", "0.59, 2", "0.4, 2",
            "0.39, 1", "0.2, 1", "0.19, 0", "0.0, 0"})
    void gradeFromScore(double score, int grade) {
        assertEquals(grade, Scheduler.grade(score));
    }

    @Test
    void successfulRecallsGoOneDaySixDaysThenTimesTheEase() {
        ReviewState first = scheduler.review(null, 5);
        assertEquals(1, first.intervalDays());
        assertEquals(TODAY.plusDays(1), first.due());
        assertEquals(2.6, first.easeFactor(), 1e-9);

        ReviewState second = scheduler.review(first, 5);
        assertEquals(6, second.intervalDays());
        assertEquals(TODAY.plusDays(6), second.due());
        assertEquals(2.7, second.easeFactor(), 1e-9);

        ReviewState third = scheduler.review(second, 5);
        assertEquals(17, third.intervalDays(), "ceil(6 x 2.7)");
        assertEquals(3, third.repetitions());
        assertEquals(48, scheduler.review(third, 5).intervalDays(), "ceil(17 x 2.8 = 47.6)");
    }

    @Test
    void anExactProductIsNotRoundedUpByBinaryNoise() {
        // In binary, 25 x 2.2 is 55.00000000000001.
        assertEquals(55, scheduler.review(new ReviewState(2.2, 25, 2, TODAY), 4).intervalDays(), "25 x 2.2");
    }

    @ParameterizedTest(name = "grade {0} changes the ease by {1}")
    @CsvSource({"5, 0.1", "4, 0.0", "3, -0.14"})
    void easeFollowsSm2Formula(int grade, double delta) {
        assertEquals(Scheduler.INITIAL_EASE + delta, scheduler.review(null, grade).easeFactor(), 1e-9);
    }

    @Test
    void aFailedRecallRestartsTheRepetitionsAndKeepsTheEase() {
        ReviewState learned = scheduler.review(scheduler.review(scheduler.review(null, 4), 4), 4);
        assertEquals(3, learned.repetitions());
        ReviewState failed = scheduler.review(learned, 2);
        assertEquals(0, failed.repetitions());
        assertEquals(1, failed.intervalDays());
        assertEquals(TODAY.plusDays(1), failed.due());
        assertEquals(learned.easeFactor(), failed.easeFactor(), 1e-9);
        assertEquals(1, scheduler.review(failed, 5).intervalDays(), "relearning starts at one day again");
        assertEquals(6, scheduler.review(scheduler.review(failed, 5), 5).intervalDays());
    }

    @Test
    void easeNeverDropsBelowTheFloor() {
        ReviewState state = null;
        for (int i = 0; i < 10; i++) {
            state = scheduler.review(state, 3);
        }
        assertEquals(Scheduler.MIN_EASE, state.easeFactor(), 1e-9);
    }

    @Test
    void dueDatesAreTheStudentsDatesInTheClocksZone() {
        // 23:30 UTC on the 23rd is already the 24th in Auckland.
        Clock late = Clock.fixed(Instant.parse("2026-11-23T23:30:00Z"), ZoneId.of("Pacific/Auckland"));
        assertEquals(LocalDate.of(2026, 11, 25), new Scheduler(late).review(null, 5).due());
    }

    @Test
    void aReviewStateIsDueOnAndAfterItsDate() {
        ReviewState state = new ReviewState(2.5, 1, 1, TODAY);
        assertEquals(true, state.isDue(TODAY));
        assertEquals(false, state.isDue(TODAY.minusDays(1)));
    }

    @Test
    void gradesOutsideZeroToFiveAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> scheduler.review(null, 6));
        assertThrows(IllegalArgumentException.class, () -> scheduler.review(null, -1));
    }
}
