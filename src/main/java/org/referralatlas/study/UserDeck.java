package org.referralatlas.study;

import java.util.List;

/** A deck the user built: a name and the muscles it holds, by atlas id. Saved by {@link DeckStore}. */
public record UserDeck(String id, String name, List<String> muscles) {
    public UserDeck {
        if (id == null || id.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("a user deck needs an id and a name");
        }
        muscles = List.copyOf(muscles);
    }
}
