package org.referralatlas.ui.study;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.referralatlas.model.Atlas;
import org.referralatlas.study.Deck;
import org.referralatlas.study.DeckStore;
import org.referralatlas.study.Decks;
import org.referralatlas.study.UserDeck;
import org.referralatlas.text.ErrorText;
import org.referralatlas.ui.Messages;

/** The decks offered by study mode: built-in ones and the user's, which it saves on every change. */
final class DeckList {
    private final Atlas atlas;
    private final DeckStore store;
    private final List<UserDeck> userDecks = new ArrayList<>();
    private final ObservableList<Deck> decks = FXCollections.observableArrayList();
    // Made once: an unmodifiable wrapper listens weakly and must live as long as the UI's listeners.
    private final ObservableList<Deck> decksView = FXCollections.unmodifiableObservableList(decks);

    /** @param loaded the user's decks as read from {@code store} */
    DeckList(Atlas atlas, DeckStore store, List<UserDeck> loaded) {
        this.atlas = atlas;
        this.store = store;
        userDecks.addAll(loaded);
        decks.setAll(Decks.available(atlas, userDecks));
    }

    ObservableList<Deck> decks() {
        return decksView;
    }

    Deck create(String name, List<String> muscleIds, Consumer<String> problems) {
        UserDeck created = UserDeck.create(name, muscleIds, userDecks.stream().map(UserDeck::id).toList());
        userDecks.add(created);
        changed(problems);
        return Decks.find(decks, "user:" + created.id()).orElseThrow();
    }

    void delete(String deckId, Consumer<String> problems) {
        if (userDecks.removeIf(d -> ("user:" + d.id()).equals(deckId))) {
            changed(problems);
        }
    }

    private void changed(Consumer<String> problems) {
        try {
            store.save(userDecks);
        } catch (IOException e) {
            problems.accept(Messages.format("study.decks.notSaved", ErrorText.oneLine(e)));
        }
        decks.setAll(Decks.available(atlas, userDecks));
    }
}
