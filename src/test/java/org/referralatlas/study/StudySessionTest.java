package org.referralatlas.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.referralatlas.TestAtlases;
import org.referralatlas.model.Atlas;

class StudySessionTest {
    private static final Atlas MINI = TestAtlases.mini();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private static final Deck ALL = Decks.all(MINI);
    private static final Set<QuizKind> NAMES = Set.of(QuizKind.NAME_THE_MUSCLE);

    private static StudySession session(Progress progress, boolean includeNotDue, Clock clock) {
        return new StudySession(MINI, ALL, NAMES, includeNotDue, progress, new Scheduler(clock), Scoring.DEFAULT,
                new Random(5));
    }

    private static List<String> subjectsAsked(StudySession session) {
        List<String> subjects = new ArrayList<>();
        for (Optional<Question> q = session.next(); q.isPresent(); q = session.next()) {
            subjects.add(q.get().card().subject());
        }
        return subjects;
    }

    private static Answer.Choice correct(Question q) {
        return new Answer.Choice(((Question.NameTheMuscle) q).answerIndex());
    }

    @Test
    void everyCardOnceThenTheSessionEnds() {
        List<String> asked = subjectsAsked(session(Progress.empty(), false, CLOCK));
        assertEquals(Set.copyOf(ALL.muscles()), Set.copyOf(asked));
        assertEquals(4, asked.size());
    }

    @Test
    void dueCardsComeFirstMostOverdueFirstAndCardsNotDueWait() {
        Scheduler lastWeek = new Scheduler(Clock.offset(CLOCK, Duration.ofDays(-7)));
        Scheduler yesterday = new Scheduler(Clock.offset(CLOCK, Duration.ofDays(-1)));
        Progress progress = Progress.empty()
                .record(new Card(QuizKind.NAME_THE_MUSCLE, "temporalis"), Score.of(0), yesterday)    // due today
                .record(new Card(QuizKind.NAME_THE_MUSCLE, "suboccipitals"), Score.of(0), lastWeek) // due 6 days ago
                .record(new Card(QuizKind.NAME_THE_MUSCLE, "upper-trapezius"), Score.of(1), new Scheduler(CLOCK));
        List<String> asked = subjectsAsked(session(progress, false, CLOCK));
        assertEquals(List.of("suboccipitals", "temporalis", "sternocleidomastoid-sternal"), asked,
                "overdue, due, then new; upper trapezius is due tomorrow");
        assertEquals("upper-trapezius", subjectsAsked(session(progress, true, CLOCK)).get(3),
                "free practice adds cards not yet due at the end");
    }

    @Test
    void anAnswerIsScoredRecordedAndRescheduled() {
        StudySession session = session(Progress.empty(), false, CLOCK);
        Question q = session.next().orElseThrow();
        Feedback feedback = session.submit(correct(q));
        assertEquals(1, feedback.score().value());
        assertEquals(5, feedback.grade());
        assertTrue(feedback.passed());
        assertEquals(LocalDate.of(2026, 11, 24), feedback.schedule().due());
        CardProgress saved = session.progress().of(q.card()).orElseThrow();
        assertEquals(List.of(new Attempt(CLOCK.instant(), 1, 5)), saved.history());
    }

    @Test
    void aWeakAnswerComesBackAtTheEndWithoutBeingRescheduledAgain() {
        Deck one = new Deck("user:one", "One", List.of("temporalis"), List.of(), true);
        StudySession session = new StudySession(MINI, one, NAMES, false, Progress.empty(), new Scheduler(CLOCK),
                Scoring.DEFAULT, new Random(2));
        Question first = session.next().orElseThrow();
        Answer.Choice wrong = new Answer.Choice((((Question.NameTheMuscle) first).answerIndex() + 1) % 4);
        ReviewState scheduled = session.submit(wrong).schedule();
        assertEquals(1, session.remaining(), "graded 0: asked again this session");

        Question again = session.next().orElseThrow();
        assertEquals(first.card(), again.card());
        Feedback repeat = session.submit(correct(again));
        assertEquals(scheduled, repeat.schedule(), "a same-day repeat does not reschedule");
        assertEquals(List.of(0, 5), session.progress().of(first.card()).orElseThrow().history().stream()
                .map(Attempt::grade).toList());
        assertEquals(0, session.remaining(), "a good repeat ends it");
    }

    @Test
    void repeatsAreBounded() {
        Deck one = new Deck("user:one", "One", List.of("temporalis"), List.of(), true);
        StudySession session = new StudySession(MINI, one, NAMES, false, Progress.empty(), new Scheduler(CLOCK),
                Scoring.DEFAULT, new Random(2));
        int asked = 0;
        for (Optional<Question> q = session.next(); q.isPresent(); q = session.next()) {
            session.submit(new Answer.Choice((((Question.NameTheMuscle) q.get()).answerIndex() + 1) % 4));
            asked++;
        }
        assertEquals(1 + StudySession.MAX_REPEATS, asked);
    }

    @Test
    void aQuestionCannotBeAnsweredTwiceNorBeforeItIsAsked() {
        StudySession session = session(Progress.empty(), false, CLOCK);
        assertThrows(IllegalStateException.class, () -> session.submit(new Answer.Choice(0)));
        Question q = session.next().orElseThrow();
        session.submit(correct(q));
        assertThrows(IllegalStateException.class, () -> session.submit(correct(q)));
        assertEquals(1, session.progress().of(q.card()).orElseThrow().history().size());
    }

    @Test
    void cardsTheAtlasCannotAskAreSkipped() {
        Deck deck = new Deck("user:x", "X", List.of("no-such-muscle", "temporalis"), List.of(), true);
        StudySession session = new StudySession(MINI, deck, EnumSet.allOf(QuizKind.class), false, Progress.empty(),
                new Scheduler(CLOCK), Scoring.DEFAULT, new Random(1));
        assertEquals(3, session.remaining());
    }

    @Test
    void statisticsPerMuscleCountAttemptsMeanAndDue() {
        Scheduler scheduler = new Scheduler(CLOCK);
        Progress progress = Progress.empty()
                .record(new Card(QuizKind.NAME_THE_MUSCLE, "temporalis"), Score.of(1), scheduler)
                .record(new Card(QuizKind.MARK_ZONES, "temporalis"), Score.of(0.5), scheduler)
                .record(new Card(QuizKind.MARK_ZONES, "temporalis"), Score.of(0), scheduler)
                .record(new Card(QuizKind.REGION_MUSCLES, "temple"), Score.of(1), scheduler);
        List<MuscleStats> stats = Statistics.perMuscle(progress, List.of("temporalis", "suboccipitals"));
        MuscleStats temporalis = stats.get(0);
        assertEquals(3, temporalis.attempts(), "region cards are not credited to a muscle");
        assertEquals(0.5, temporalis.meanScore(), 1e-9);
        assertEquals(Optional.of(CLOCK.instant()), temporalis.lastSeen());
        assertEquals(Optional.of(LocalDate.of(2026, 11, 24)), temporalis.nextDue());
        assertEquals(new MuscleStats("suboccipitals", 0, 0, Optional.empty(), Optional.empty()), stats.get(1));
        assertEquals(List.of(temporalis), Statistics.weakest(progress, List.of("temporalis", "suboccipitals")));
    }
}
