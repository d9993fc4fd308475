package org.referralatlas.study;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Saves and loads {@link Progress} as {@code progress.json} in a data directory chosen by the caller
 * (the app passes {@code ~/.referral-atlas/}). Writes are atomic; a corrupt file is set aside as
 * {@code progress.corrupt-<timestamp>.json} and loading starts empty with a one-line message; see
 * {@link JsonFileStore} for the exact rules.
 *
 * <h2>File format (version 1)</h2>
 * <pre>{@code
 * { "version": 1,
 *   "cards": { "mark-zones:temporalis": { "easeFactor": 2.6, "intervalDays": 6, "repetitions": 2,
 *                                          "due": "2026-11-29",
 *                                          "history": [ { "at": "2026-11-23T13:00:00Z", "score": 0.9, "grade": 4 } ] } } }
 * }</pre>
 * Unknown properties are ignored, so a newer minor addition does not make the file unreadable.
 */
public final class ProgressStore {
    public static final String FILE_NAME = "progress.json";
    static final int VERSION = 1;

    /** The outcome of {@link #load()}: the progress and, when something was wrong, a one-line message. */
    public record LoadResult(Progress progress, Optional<String> message) {
    }

    record AttemptJson(String at, double score, int grade) {
    }

    record CardJson(double easeFactor, int intervalDays, int repetitions, String due, List<AttemptJson> history) {
    }

    record ProgressJson(int version, Map<String, CardJson> cards) {
    }

    private final JsonFileStore<ProgressJson, Progress> store;

    public ProgressStore(Path dataDirectory, Clock clock) {
        this(dataDirectory, clock, JsonFileStore.jacksonEncoder());
    }

    ProgressStore(Path dataDirectory, Clock clock, JsonFileStore.Encoder<ProgressJson> encoder) {
        this.store = new JsonFileStore<>(dataDirectory.resolve(FILE_NAME), "study progress", ProgressJson.class,
                ProgressStore::fromJson, ProgressStore::toJson, Progress.empty(), clock, encoder);
    }

    public Path file() {
        return store.file();
    }

    /** Never throws for a missing or corrupt file; see the class comment. */
    public LoadResult load() {
        JsonFileStore.Loaded<Progress> loaded = store.load();
        return new LoadResult(loaded.value(), loaded.message());
    }

    /** Replaces the file atomically; on failure the previous file is intact. */
    public void save(Progress progress) throws IOException {
        store.save(progress);
    }

    private static Progress fromJson(ProgressJson json) {
        if (json.version() != VERSION) {
            throw new IllegalArgumentException("unsupported progress format version " + json.version());
        }
        Map<String, CardProgress> cards = new LinkedHashMap<>();
        if (json.cards() != null) {
            json.cards().forEach((id, c) -> {
                Card.parse(id);
                List<Attempt> history = c.history() == null ? List.of() : c.history().stream()
                        .map(a -> new Attempt(Instant.parse(a.at()), a.score(), a.grade())).toList();
                ReviewState state = new ReviewState(c.easeFactor(), c.intervalDays(), c.repetitions(),
                        LocalDate.parse(c.due()));
                cards.put(id, new CardProgress(state, history));
            });
        }
        return new Progress(cards);
    }

    private static ProgressJson toJson(Progress progress) {
        Map<String, CardJson> cards = new LinkedHashMap<>();
        progress.cards().forEach((id, c) -> cards.put(id, new CardJson(c.state().easeFactor(),
                c.state().intervalDays(), c.state().repetitions(), c.state().due().toString(),
                c.history().stream().map(a -> new AttemptJson(a.at().toString(), a.score(), a.grade())).toList())));
        return new ProgressJson(VERSION, cards);
    }
}
