package org.referralatlas.study;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** A deck the user built: a name and the muscles it holds, by atlas id. Saved by {@link DeckStore}. */
public record UserDeck(String id, String name, List<String> muscles) {
    public UserDeck {
        if (id == null || id.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("a user deck needs an id and a name");
        }
        muscles = List.copyOf(muscles);
    }

    /**
     * A new deck named by the user, with a kebab-case id derived from the name ("Exam 1" -> exam-1),
     * numbered -2, -3 ... when taken, so two decks of the same name never share progress or a file entry.
     */
    public static UserDeck create(String name, List<String> muscles, Collection<String> takenIds) {
        String base = name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        base = base.isEmpty() ? "deck" : base;
        String id = base;
        for (int n = 2; takenIds.contains(id); n++) {
            id = base + "-" + n;
        }
        return new UserDeck(id, name.strip(), muscles);
    }
}
