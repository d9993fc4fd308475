package org.referralatlas.study;

import java.util.List;
import java.util.stream.Stream;

/**
 * What study mode keeps on the user's disk, read in one go so the app can do it off the JavaFX
 * thread: the progress, the user's own decks, and one line per problem met (a corrupt or oversized
 * file is set aside by its store, and the feature opens empty).
 */
public record StoredStudy(Progress progress, List<UserDeck> decks, List<String> messages) {
    public StoredStudy {
        decks = List.copyOf(decks);
        messages = List.copyOf(messages);
    }

    /** Reads both files through their stores' bounded reader; never throws for a bad file. */
    public static StoredStudy load(ProgressStore progressStore, DeckStore deckStore) {
        ProgressStore.LoadResult progress = progressStore.load();
        DeckStore.LoadResult decks = deckStore.load();
        return new StoredStudy(progress.progress(), decks.decks(),
                Stream.concat(progress.message().stream(), decks.message().stream()).toList());
    }
}
