package org.referralatlas.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Random;
import org.referralatlas.study.DeckStore;
import org.referralatlas.study.ProgressStore;

/**
 * What study mode needs from outside, made once by the composition root ({@code App.start}) and
 * passed in: the clock (due dates, history), the random source (question order, distractors) and
 * the two stores in the user's data folder. Tests pass a fixed clock, a seeded random and a temp folder.
 */
public record StudyServices(Clock clock, Random random, ProgressStore progress, DeckStore decks) {
    public StudyServices {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(decks, "decks");
    }

    /** The stores in {@code dataDirectory} (progress.json, decks.json), on {@code clock}. */
    public static StudyServices inFolder(Path dataDirectory, Clock clock, Random random) {
        return new StudyServices(clock, random, new ProgressStore(dataDirectory, clock),
                new DeckStore(dataDirectory, clock));
    }
}
