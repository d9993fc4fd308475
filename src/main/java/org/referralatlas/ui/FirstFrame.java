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
        System.out.println("startup: " + ms + " ms from JVM start to " + what + cpuSoFar());
    }

    /**
     * The CPU time used so far by the whole process (Linux: /proc/self/stat, in 10 ms ticks) and by the
     * calling thread: on a machine shared with other work the wall time mostly measures their share of
     * the cores, the CPU time what start-up itself costs.
     */
    private static String cpuSoFar() {
        long thread = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
        String process = "";
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
            // Fields after the command's closing parenthesis: state is the 3rd, utime the 14th, stime the 15th.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            process = "process " + (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10 + " ms, ";
        } catch (java.io.IOException | RuntimeException notLinux) {
            // No /proc: the thread's time alone.
        }
        return " (CPU: " + process + "this thread " + thread + " ms)";
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
