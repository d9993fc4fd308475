package org.referralatlas.study;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.referralatlas.model.Atlas;

/**
 * One sitting over a deck: asks its cards one at a time, scores answers and updates the progress.
 *
 * <h2>Order</h2>
 * Cards due today or earlier come first, most overdue first; then cards never seen, shuffled; then,
 * only when {@code includeNotDue} (free practice, a class quiz), the cards not yet due, soonest first.
 * Cards the atlas cannot ask (no drawn pattern ...) are skipped.
 *
 * <h2>Repeats</h2>
 * As SM-2 prescribes, a card graded below {@value #REPEAT_BELOW} comes back at the end of the session,
 * up to {@value #MAX_REPEATS} times; a repeat adds to the history but does not reschedule the card,
 * so one bad day is not counted twice.
 * Not thread-safe: driven by one UI thread.
 */
public final class StudySession {
    /** Grades below this are repeated in the same session (SM-2's "items that scored below four"). */
    public static final int REPEAT_BELOW = 4;
    /** Repeats per card and session, so a card the student cannot get does not loop forever. */
    public static final int MAX_REPEATS = 2;

    private final Map<String, Integer> repeats = new HashMap<>();
    private final QuestionGenerator generator;
    private final Scoring scoring;
    private final Scheduler scheduler;
    private final Random random;
    private final Deque<Card> queue = new ArrayDeque<>();
    private Progress progress;
    private Question current;
    private Feedback feedback;
    private int asked;

    public StudySession(Atlas atlas, Deck deck, Set<QuizKind> kinds, boolean includeNotDue, Progress progress,
                        Scheduler scheduler, Scoring scoring, Random random) {
        this.generator = new QuestionGenerator(atlas);
        this.scoring = scoring;
        this.scheduler = scheduler;
        this.random = random;
        Progress current = progress.withCurrentRegionIds(atlas);
        this.progress = current;
        LocalDate today = scheduler.today();
        List<Card> due = new ArrayList<>();
        List<Card> fresh = new ArrayList<>();
        List<Card> later = new ArrayList<>();
        for (Card card : deck.cards(kinds)) {
            if (!generator.canAsk(card)) {
                continue;
            }
            Optional<CardProgress> p = current.of(card);
            (p.isEmpty() ? fresh : p.get().state().isDue(today) ? due : later).add(card);
        }
        Comparator<Card> byDue = Comparator.comparing(c -> current.of(c).orElseThrow().state().due());
        due.sort(byDue);
        Collections.shuffle(fresh, random);
        queue.addAll(due);
        queue.addAll(fresh);
        if (includeNotDue) {
            later.sort(byDue);
            queue.addAll(later);
        }
    }

    /** Moves to the next card; empty when the session is over. Unanswered questions are dropped. */
    public Optional<Question> next() {
        feedback = null;
        Card card = queue.poll();
        current = card == null ? null : generator.generate(card, random);
        if (current != null) {
            asked++;
        }
        return Optional.ofNullable(current);
    }

    /**
     * Scores the answer to the current question and records it in the progress.
     *
     * @throws IllegalStateException when there is no current question or it was already answered
     */
    public Feedback submit(Answer answer) {
        if (current == null || feedback != null) {
            throw new IllegalStateException(current == null ? "no question to answer" : "already answered");
        }
        Card asked = current.card();
        Score score = scoring.score(current, answer);
        int repeat = repeats.getOrDefault(asked.id(), 0);
        progress = repeat == 0 ? progress.record(asked, score, scheduler) : progress.recordRepeat(asked, score, scheduler);
        CardProgress card = progress.of(asked).orElseThrow();
        int grade = card.history().get(card.history().size() - 1).grade();
        if (grade < REPEAT_BELOW && repeat < MAX_REPEATS) {
            repeats.put(asked.id(), repeat + 1);
            queue.addLast(asked);
        }
        feedback = new Feedback(current, answer, score, grade, card.state());
        return feedback;
    }

    public Optional<Question> current() {
        return Optional.ofNullable(current);
    }

    public Optional<Feedback> feedback() {
        return Optional.ofNullable(feedback);
    }

    public Progress progress() {
        return progress;
    }

    /** Cards still waiting after the current one. */
    public int remaining() {
        return queue.size();
    }

    /** Questions asked so far, the current one included. */
    public int asked() {
        return asked;
    }

    public Scoring scoring() {
        return scoring;
    }
}
