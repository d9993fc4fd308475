package org.referralatlas.bench;

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
import javafx.stage.Stage;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.model.Muscle;
import org.referralatlas.ui.shell.AtlasSession;
import org.referralatlas.ui.shell.MainViewModel;
import org.referralatlas.ui.shell.MainWindow;
import org.referralatlas.ui.shell.StudyServices;

/**
 * What a click on a muscle costs the JavaFX thread before the next frame can be drawn: the
 * selection (figure pseudo-classes, referral pattern, detail pane) plus the CSS and layout pass it
 * causes, timed on the real main window with the bundled atlas. 100 warm-up clicks, then 500
 * timed; prints p50, p95, p99 and max of the wall time and of the JavaFX thread's CPU time, what a click
 * allocates and the collections the timed clicks caused. Rendering itself (the GPU's part) is not included. Run with the
 * test class path (README "Start-up and memory"); headless with the Monocle properties.
 */
public final class ClickToFrame {
    private ClickToFrame() {
    }

    public static void main(String[] args) {
        Application.launch(Bench.class, args);
    }

    private static void print(String what, long[] nanos) {
        Arrays.sort(nanos);
        System.out.printf("%s: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms over %d clicks%n", what,
                nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 95 / 100] / 1e6,
                nanos[nanos.length * 99 / 100] / 1e6, nanos[nanos.length - 1] / 1e6, nanos.length);
    }

    /** The collections so far and their milliseconds, of all collectors. */
    private static void collections(long[] countAndMillis) {
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            countAndMillis[0] += Math.max(0, gc.getCollectionCount());
            countAndMillis[1] += Math.max(0, gc.getCollectionTime());
        }
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
            List<Muscle> muscles = List.copyOf(session.getAtlas().muscles());
            Parent root = stage.getScene().getRoot();
            new Thread(() -> {
                long[] times = new long[500];
                long[] cpu = new long[times.length];
                long[] allocated = new long[times.length];
                var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
                long[] gcBefore = new long[2];
                for (int i = -100; i < times.length; i++) {
                    String id = muscles.get(Math.floorMod(i, muscles.size())).id();
                    long[] took = new long[3];
                    CountDownLatch done = new CountDownLatch(1);
                    Platform.runLater(() -> {
                        long t0 = System.nanoTime();
                        long c0 = threads.getCurrentThreadCpuTime();
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
                        collections(gcBefore);
                    }
                    if (i >= 0) {
                        times[i] = took[0];
                        cpu[i] = took[1];
                        allocated[i] = took[2];
                    }
                }
                print("click to next frame (JavaFX thread), wall", times);
                print("the same, the JavaFX thread's CPU time (what a loaded machine does not inflate)", cpu);
                long[] gcAfter = new long[2];
                collections(gcAfter);
                System.out.printf("allocated on the JavaFX thread: %.2f MB a click (mean); collections during the "
                        + "timed clicks: %d, %d ms in all%n", Arrays.stream(allocated).average().orElse(0) / 1e6,
                        gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1]);
                Platform.exit();
            }, "click-bench").start();
        }
    }
}
