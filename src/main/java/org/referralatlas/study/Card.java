package org.referralatlas.study;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing to learn: a quiz kind about one subject (a muscle id, or a region id for
 * {@link QuizKind#REGION_MUSCLES}). Progress is kept per card, keyed by {@link #id()}.
 */
public record Card(QuizKind kind, String subject) {
    public Card {
        Objects.requireNonNull(kind, "kind");
        if (subject == null || subject.isBlank() || subject.contains(":")) {
            throw new IllegalArgumentException("card subject must be an atlas id, was '" + subject + "'");
        }
    }

    /** {@code kind:subject}, e.g. {@code mark-zones:temporalis}; stable across atlas versions. */
    public String id() {
        return kind.id() + ":" + subject;
    }

    /** Parses an {@link #id()}; throws IllegalArgumentException when malformed. */
    public static Card parse(String id) {
        int colon = id.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("not a card id: '" + id + "'");
        }
        QuizKind kind;
        try {
            kind = QuizKind.fromId(id.substring(0, colon));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown quiz kind in card id '" + id + "'", e);
        }
        return new Card(kind, id.substring(colon + 1));
    }

    /** The muscle this card is about, if it is about one. */
    public Optional<String> muscleId() {
        return kind.aboutMuscle() ? Optional.of(subject) : Optional.empty();
    }
}
