package org.referralatlas.bench;

import com.sun.javafx.perf.PerformanceTracker;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.model.Muscle;
import org.referralatlas.ui.shell.AtlasSession;
import org.referralatlas.ui.shell.MainViewModel;
import org.referralatlas.ui.shell.MainWindow;
import org.referralatlas.ui.shell.StudyServices;

/**
 * What a click on a muscle costs until the frame that shows it has been drawn, on the real main window
 * with the bundled atlas: 100 warm-up clicks, then 500 timed (system properties {@code clicks.warmUp} and
 * {@code clicks}). Run with the test class path, headless (README "Click to next frame").
 *
 * <p>By default each click selects the muscle in a {@code runLater}, as a mouse handler would; the pulse
 * that follows does the CSS, layout and copy to the render graph, and the render thread draws the frame.
 * The time of a click is its handler's time plus the time from the start of the next pulse (the scene's
 * performance tracker's pulse hook) to the last frame the click causes (the tracker's rendered-frame hook,
 * called on the render thread once a frame is presented; the click is done when no frame has come for
 * 150 ms). The wait between the handler and the pulse (0 to 16.7 ms, the phase of a click against the
 * display's refresh) is left out; a second frame, and the pulse it waits for, are counted. It prints the
 * wall time to the last and to the first frame, the JavaFX thread's and the render thread's CPU time for
 * the click, what both threads allocate, the frames a click causes, and the collections during the timed
 * clicks. The next click comes once the last frame is 150 ms past, as a user's would.
 *
 * <p>With the argument {@code fx-only}, the method used before: the selection, {@code applyCss()} and
 * {@code layout()} timed in a {@code runLater} on the JavaFX thread, then a 20 ms sleep; no rendering.
 */
public final class ClickToFrame {
    static final int WARM_UP = Integer.getInteger("clicks.warmUp", 100), CLICKS = Integer.getInteger("clicks", 500);

    private ClickToFrame() {
    }

    public static void main(String[] args) {
        Application.launch(Bench.class, args);
    }

    static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms over %d clicks%n", what,
                sorted[sorted.length / 2] / 1e6, sorted[sorted.length * 95 / 100] / 1e6,
                sorted[sorted.length * 99 / 100] / 1e6, sorted[sorted.length - 1] / 1e6, sorted.length);
    }

    /** The collections so far and their milliseconds, of all collectors. */
    static long[] collections() {
        long[] countAndMillis = new long[2];
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            countAndMillis[0] += Math.max(0, gc.getCollectionCount());
            countAndMillis[1] += Math.max(0, gc.getCollectionTime());
        }
        return countAndMillis;
    }

    static com.sun.management.ThreadMXBean threads() {
        return (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    }

    /** The JavaFX render thread (Quantum's), whose CPU time is the software pipeline's drawing. */
    static Thread renderThread() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no QuantumRenderer thread"));
    }

    /** The window under test. */
    public static final class Bench extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            Preferences prefs = Preferences.userRoot().node("referral-atlas-click-bench");
            prefs.clear();
            AtlasSession session = new AtlasSession(new AtlasLoader(), Runnable::run, Runnable::run);
            MainViewModel model = new MainViewModel(session, Clock.systemDefaultZone());
            Path data = Files.createTempDirectory("click-bench");
            new MainWindow(stage, model, prefs, Runnable::run,
                    StudyServices.inFolder(data, Clock.systemDefaultZone(), new Random(7)));
            stage.show();
            session.openBundled();
            List<String> ids = session.getAtlas().muscles().stream().map(Muscle::id).toList();
            boolean fxOnly = getParameters().getRaw().contains("fx-only");
            Runnable run = fxOnly ? () -> fxOnly(stage.getScene().getRoot(), model, ids)
                    : new ToFrame(stage.getScene(), model, ids);
            new Thread(run, "click-bench").start();
        }
    }

    /** The method before this bench timed the frame: the JavaFX thread's part only, a click every 20 ms. */
    static void fxOnly(Parent root, MainViewModel model, List<String> ids) {
        long[] times = new long[CLICKS], cpu = new long[CLICKS], allocated = new long[CLICKS];
        var threads = threads();
        long[] gcBefore = null;
        for (int i = -WARM_UP; i < CLICKS; i++) {
            String id = ids.get(Math.floorMod(i, ids.size()));
            long[] took = new long[3];
            CountDownLatch done = new CountDownLatch(1);
            Platform.runLater(() -> {
                long t0 = System.nanoTime(), c0 = threads.getCurrentThreadCpuTime();
                long a0 = threads.getCurrentThreadAllocatedBytes();
                model.explore().selectMuscle(id);
                root.applyCss();
                root.layout();
                took[0] = System.nanoTime() - t0;
                took[1] = threads.getCurrentThreadCpuTime() - c0;
                took[2] = threads.getCurrentThreadAllocatedBytes() - a0;
                done.countDown();
            });
            try {
                done.await();
                Thread.sleep(20); // let the frame be drawn, as between a user's clicks
            } catch (InterruptedException e) {
                return;
            }
            if (i == -1) {
                gcBefore = collections();
            }
            if (i >= 0) {
                times[i] = took[0];
                cpu[i] = took[1];
                allocated[i] = took[2];
            }
        }
        print("fx-only: selection, CSS and layout on the JavaFX thread, wall", times);
        print("the same, the JavaFX thread's CPU time", cpu);
        long[] gcAfter = collections();
        System.out.printf("allocated on the JavaFX thread: %.2f MB a click (mean); collections during the "
                + "timed clicks: %d, %d ms in all%n", Arrays.stream(allocated).average().orElse(0) / 1e6,
                gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1]);
        Platform.exit();
    }

    /** Click at the start of a pulse, time to the last frame it causes. */
    static final class ToFrame implements Runnable {
        /** No frame for this long after a click's last one: the click is done. */
        private static final long SETTLED_NANOS = 150_000_000L;
        private final MainViewModel model;
        private final List<String> ids;
        private final com.sun.management.ThreadMXBean threads = threads();
        private final long renderId = renderThread().getId(), fxId;
        private final long[] wall = new long[CLICKS], firstFrame = new long[CLICKS], fxCpu = new long[CLICKS];
        private final long[] renderCpu = new long[CLICKS], fxAllocated = new long[CLICKS];
        private final long[] renderAllocated = new long[CLICKS], frames = new long[CLICKS];
        /** When the click's handler began and ended, and when the first pulse after it began. */
        private volatile long t0, t1, pulseAt;
        private volatile long fxCpu0, fxAllocated0, renderCpu0, renderAllocated0;
        /** Written on the render thread at each frame: when, how many since the click, its CPU and allocation then. */
        private volatile long lastFrame, firstFrameAt, frameCount, renderCpuAt, renderAllocatedAt;

        ToFrame(Scene scene, MainViewModel model, List<String> ids) {
            this.model = model;
            this.ids = ids;
            this.fxId = Thread.currentThread().getId();
            PerformanceTracker tracker = PerformanceTracker.getSceneTracker(scene);
            tracker.setOnPulse(this::pulse); // the scene's pulse, before anything else in it
            tracker.setOnRenderedFrameTask(this::rendered);
        }

        /** On the JavaFX thread, as a mouse handler would: the selection, nothing else. */
        private void click(String id) {
            fxCpu0 = threads.getCurrentThreadCpuTime();
            fxAllocated0 = threads.getCurrentThreadAllocatedBytes();
            renderCpu0 = threads.getThreadCpuTime(renderId);
            renderAllocated0 = threads.getThreadAllocatedBytes(renderId);
            frameCount = 0;
            pulseAt = 0;
            t0 = System.nanoTime();
            model.explore().selectMuscle(id);
            t1 = System.nanoTime();
        }

        /** On the JavaFX thread, at the start of the scene's pulse. */
        private void pulse() {
            if (t1 != 0 && pulseAt == 0) {
                pulseAt = System.nanoTime();
            }
        }

        /** On the render thread, once a frame has been presented. */
        private void rendered() {
            long now = System.nanoTime();
            if (pulseAt == 0) {
                return; // not this click's
            }
            if (frameCount++ == 0) {
                firstFrameAt = now;
            }
            renderCpuAt = threads.getCurrentThreadCpuTime();
            renderAllocatedAt = threads.getCurrentThreadAllocatedBytes();
            lastFrame = now;
        }

        @Override
        public void run() {
            long[] gcBefore = null;
            try {
                for (int i = -WARM_UP; i < CLICKS; i++) {
                    String id = ids.get(Math.floorMod(i, ids.size()));
                    t1 = 0;
                    Platform.runLater(() -> click(id));
                    long asked = System.nanoTime();
                    do { // until the click's last frame is some time past (a user's next click comes later still)
                        Thread.sleep(20);
                        if (frameCount == 0 && System.nanoTime() - asked > 10_000_000_000L) {
                            throw new IllegalStateException("no frame rendered for click " + i);
                        }
                    } while (frameCount == 0 || System.nanoTime() - lastFrame < SETTLED_NANOS);
                    if (i == -1) {
                        gcBefore = collections();
                    }
                    if (i >= 0) {
                        wall[i] = t1 - t0 + lastFrame - pulseAt;
                        firstFrame[i] = t1 - t0 + firstFrameAt - pulseAt;
                        frames[i] = frameCount;
                        renderCpu[i] = renderCpuAt - renderCpu0;
                        renderAllocated[i] = renderAllocatedAt - renderAllocated0;
                        fxCpu[i] = threads.getThreadCpuTime(fxId) - fxCpu0;
                        fxAllocated[i] = threads.getThreadAllocatedBytes(fxId) - fxAllocated0;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                Platform.exit();
                return;
            }
            print("click to its last frame rendered, wall", wall);
            print("click to its first frame rendered, wall", firstFrame);
            print("the click's pulses, JavaFX thread CPU", fxCpu);
            print("the click's frames, render thread CPU", renderCpu);
            long[] gcAfter = collections();
            System.out.printf("frames a click: %.2f (mean), %d at most; allocated a click (mean): JavaFX thread %.2f MB, "
                    + "render thread %.2f MB; collections during the timed clicks: %d, %d ms in all%n", mean(frames),
                    Arrays.stream(frames).max().orElse(0), mean(fxAllocated) / 1e6, mean(renderAllocated) / 1e6,
                    gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1]);
            Integer[] order = new Integer[CLICKS];
            Arrays.setAll(order, k -> k);
            Arrays.sort(order, (a, b) -> Long.compare(wall[b], wall[a]));
            System.out.println("the slowest clicks (muscle: wall, frames, JavaFX thread CPU, render thread CPU):");
            for (int k = 0; k < Math.min(8, CLICKS); k++) {
                int i = order[k];
                System.out.printf("  %s: %.1f ms, %d, %.1f ms, %.1f ms%n", ids.get(Math.floorMod(i, ids.size())),
                        wall[i] / 1e6, frames[i], fxCpu[i] / 1e6, renderCpu[i] / 1e6);
            }
            Platform.exit();
        }

        private static double mean(long[] values) {
            return Arrays.stream(values).average().orElse(0);
        }
    }
}
