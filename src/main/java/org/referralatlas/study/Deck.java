package org.referralatlas.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A set of muscles and regions to study; its cards are every chosen quiz kind about each of them.
 *
 * @param id          {@code area:<area>}, {@code all}, or {@code user:<id>} for a user's deck
 * @param muscles     muscle ids, atlas order for built-in decks
 * @param regions     region ids, subjects of region &rarr; muscles cards
 * @param userDefined true for a deck the user built (and may rename or delete)
 */
public record Deck(String id, String name, List<String> muscles, List<String> regions, boolean userDefined) {
    public Deck {
        muscles = List.copyOf(muscles);
        regions = List.copyOf(regions);
    }

    /** The deck's cards of the given kinds: per muscle its muscle kinds, then the region cards. */
    public List<Card> cards(Set<QuizKind> kinds) {
        List<Card> cards = new ArrayList<>();
        for (String muscle : muscles) {
            for (QuizKind kind : QuizKind.values()) {
                if (kind.aboutMuscle() && kinds.contains(kind)) {
                    cards.add(new Card(kind, muscle));
                }
            }
        }
        if (kinds.contains(QuizKind.REGION_MUSCLES)) {
            regions.forEach(r -> cards.add(new Card(QuizKind.REGION_MUSCLES, r)));
        }
        return cards;
    }
}
