package org.referralatlas.study;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A student's progress: per card id, the SM-2 state and the history. Immutable; recording an answer
 * returns a new value, so a failed save never leaves a half-updated progress in memory.
 * Cards stay here even when the atlas no longer has their subject: progress outlives content edits.
 */
public record Progress(Map<String, CardProgress> cards) {
    public Progress {
        cards = Collections.unmodifiableMap(new LinkedHashMap<>(cards));
    }

    public static Progress empty() {
        return new Progress(Map.of());
    }

    /**
     * This progress with region cards saved under a region's former id (e.g. {@code elbow-forearm},
     * split into the finer arm regions) moved to the region that took that id over, unless that card
     * already has progress of its own. Unknown ids are kept as they are.
     */
    public Progress withCurrentRegionIds(org.referralatlas.model.Atlas atlas) {
        Map<String, CardProgress> copy = new LinkedHashMap<>();
        cards.forEach((id, p) -> {
            String moved = id;
            try {
                Card card = Card.parse(id);
                String current = atlas.currentRegionId(card.subject());
                if (!card.kind().aboutMuscle() && !current.equals(card.subject())) {
                    moved = new Card(card.kind(), current).id();
                }
            } catch (IllegalArgumentException e) {
                // not a card id this version knows: kept as it is
            }
            if (!moved.equals(id) && cards.containsKey(moved)) {
                moved = id;
            }
            copy.putIfAbsent(moved, p);
        });
        return new Progress(copy);
    }

    public Optional<CardProgress> of(Card card) {
        return Optional.ofNullable(cards.get(card.id()));
    }

    /**
     * Progress with a same-day repeat recorded: the attempt joins the history, the schedule stays as
     * the first answer of the day set it (SM-2 repeats weak cards without rescheduling them).
     */
    public Progress recordRepeat(Card card, Score score, Scheduler scheduler) {
        CardProgress before = cards.get(card.id());
        if (before == null) {
            return record(card, score, scheduler);
        }
        Attempt attempt = new Attempt(scheduler.now(), score.value(), Scheduler.grade(score.value()));
        Map<String, CardProgress> copy = new LinkedHashMap<>(cards);
        copy.put(card.id(), before.plus(attempt, before.state()));
        return new Progress(copy);
    }

    /** Progress with the answer recorded: the attempt appended and the card rescheduled by SM-2. */
    public Progress record(Card card, Score score, Scheduler scheduler) {
        int grade = Scheduler.grade(score.value());
        CardProgress before = cards.get(card.id());
        ReviewState next = scheduler.review(before == null ? null : before.state(), grade);
        Attempt attempt = new Attempt(scheduler.now(), score.value(), grade);
        CardProgress after = before == null
                ? new CardProgress(next, List.of(attempt))
                : before.plus(attempt, next);
        Map<String, CardProgress> copy = new LinkedHashMap<>(cards);
        copy.put(card.id(), after);
        return new Progress(copy);
    }
}
