package org.referralatlas.study;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Saves the user's own decks as {@code decks.json} beside the progress file, with the same rules:
 * atomic writes, a corrupt file set aside as {@code decks.corrupt-<timestamp>.json} with a message.
 * Muscle ids the atlas no longer knows are kept in the file (the atlas may get them back) and
 * skipped when the deck is built ({@link Decks#of(org.referralatlas.model.Atlas, UserDeck)}).
 * <pre>{@code { "version": 1, "decks": [ { "id": "exam-1", "name": "Exam 1", "muscles": ["temporalis"] } ] } }</pre>
 */
public final class DeckStore {
    public static final String FILE_NAME = "decks.json";

    /** What {@link #load()} found and, when something was wrong, a one-line message. */
    public record LoadResult(List<UserDeck> decks, Optional<String> message) {
    }

    record DeckJson(String id, String name, List<String> muscles) {
    }

    record DecksJson(int version, List<DeckJson> decks) {
    }

    private final JsonFileStore<DecksJson, List<UserDeck>> store;

    public DeckStore(Path dataDirectory, Clock clock) {
        this.store = new JsonFileStore<>(dataDirectory.resolve(FILE_NAME), "user decks", DecksJson.class,
                DeckStore::fromJson, DeckStore::toJson, List.of(), clock, JsonFileStore.jacksonEncoder());
    }

    public LoadResult load() {
        JsonFileStore.Loaded<List<UserDeck>> loaded = store.load();
        return new LoadResult(loaded.value(), loaded.message());
    }

    public void save(List<UserDeck> decks) throws IOException {
        store.save(decks);
    }

    private static List<UserDeck> fromJson(DecksJson json) {
        if (json.version() != ProgressStore.VERSION) {
            throw new IllegalArgumentException("unsupported decks format version " + json.version());
        }
        return json.decks() == null ? List.of() : json.decks().stream()
                .map(d -> new UserDeck(d.id(), d.name(), d.muscles() == null ? List.of() : d.muscles()))
                .toList();
    }

    private static DecksJson toJson(List<UserDeck> decks) {
        return new DecksJson(ProgressStore.VERSION,
                decks.stream().map(d -> new DeckJson(d.id(), d.name(), d.muscles())).toList());
    }
}
