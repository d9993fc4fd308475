package org.referralatlas.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.testfx.api.FxToolkit;

/** The JavaFX thread for tests that need the toolkit but no window or robot (nodes, skins, events fired by hand). */
public final class FxThread {
    private FxThread() {
    }

    /**
     * Starts the toolkit as TestFX does (its primary stage), unless a test of this JVM already has: started
     * with {@code Platform.startup} instead, the TestFX tests run after it in the same JVM would get no
     * keyboard focus or clicks.
     */
    public static void start() {
        try {
            FxToolkit.registerPrimaryStage();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the JavaFX toolkit did not start", e);
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
