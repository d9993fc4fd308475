package org.referralatlas.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** The JavaFX thread for tests that need the toolkit but no window or robot (nodes, skins, events fired by hand). */
public final class FxThread {
    private FxThread() {
    }

    /** Starts the toolkit unless another test of this JVM already has. */
    public static void start() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // started before: one toolkit per JVM
        }
    }

    /** Runs on the JavaFX thread, as the app does, and waits; an assertion failing there fails the test. */
    public static void run(Runnable r) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                r.run();
                done.complete(null);
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
        try {
            done.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new AssertionError(e.getCause());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
