package org.referralatlas.ui;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * The start-up measurement behind {@code --measure-startup} and its bare-window baseline: waits for the
 * next frame to be rendered, prints the milliseconds since JVM start, then exits the toolkit.
 */
public final class FirstFrame {
    private FirstFrame() {
    }

    /** Call on the JavaFX thread once what should be on screen is in the scene. */
    public static void report(String what) {
        afterNextFrame(() -> {
            print(what);
            Platform.exit();
        });
    }

    /** Prints the milliseconds from JVM start to now, as {@code --measure-startup} reports them. */
    public static void print(String what) {
        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("startup: " + ms + " ms from JVM start to " + what);
    }

    /** Runs {@code action} on the JavaFX thread once what the scene holds now has been rendered. */
    public static void afterNextFrame(Runnable action) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                // The second pulse: the first one lays out and renders what the scene holds.
                if (++frames == 2) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }
}
