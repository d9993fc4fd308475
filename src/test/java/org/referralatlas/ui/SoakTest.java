package org.referralatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.referralatlas.model.Muscle;
import org.referralatlas.ui.shell.AppMode;
import org.referralatlas.ui.shell.MainViewModel;
import org.referralatlas.ui.shell.MainWindow;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Nothing grows with use: 200 muscle switches and 50 mode switches on the bundled atlas leave the
 * same number of nodes in the scene, and the figure nodes a switch replaces are collected.
 * Counts, not times, so it is exact on any machine.
 */
@ExtendWith(ApplicationExtension.class)
class SoakTest {
    private static final AppMode[] MODES = AppMode.values();

    @TempDir
    static Path studyData;

    private Stage stage;
    private MainWindow window;
    private MainViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        // Preferences in memory: the test writes nothing outside its temporary folder.
        MainWindowHarness.Opened opened = MainWindowHarness.openBundledWindow(stage, studyData);
        window = opened.window();
        model = opened.model();
    }

    @Test
    void muscleAndModeSwitchesLeaveNothingBehind() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.session().getAtlas() != null);
        List<Muscle> muscles = List.copyOf(model.session().getAtlas().muscles());
        // One round first: every mode's view is built when first shown, and caches fill.
        round(muscles, 0, 40, 10);
        WaitForAsyncUtils.waitForFxEvents();
        int nodesBefore = fx(() -> count(stage.getScene().getRoot()));
        WeakReference<Node> oldTitle = new WeakReference<>(fx(() -> stage.getScene().lookup("." + Styles.TITLE)));

        round(muscles, 0, 200, 50);

        WaitForAsyncUtils.waitForFxEvents();
        int nodesAfter = fx(() -> count(stage.getScene().getRoot()));
        assertEquals(nodesBefore, nodesAfter, "nodes in the scene after 200 muscle and 50 mode switches");
        for (int i = 0; i < 5 && oldTitle.get() != null; i++) {
            System.gc();
            Thread.sleep(50);
        }
        assertTrue(oldTitle.get() == null || fx(() -> isInScene(oldTitle.get())),
                "the detail pane of a muscle shown before is still referenced");
    }

    /** Muscle switches spread over the mode switches, ending where it started (Explore, first muscle). */
    private void round(List<Muscle> muscles, int first, int muscleSwitches, int modeSwitches) throws Exception {
        int perMode = muscleSwitches / modeSwitches;
        int m = first;
        for (int s = 0; s < modeSwitches; s++) {
            AppMode mode = MODES[(s + 1) % MODES.length];
            for (int i = 0; i < perMode; i++) {
                String id = muscles.get(m++ % muscles.size()).id();
                fx(() -> {
                    model.explore().selectMuscle(id);
                    return null;
                });
            }
            fx(() -> {
                window.setMode(mode);
                return null;
            });
        }
        fx(() -> {
            window.setMode(AppMode.EXPLORE);
            model.explore().selectMuscle(muscles.get(0).id());
            return null;
        });
    }

    private boolean isInScene(Node node) {
        return node.getScene() == stage.getScene();
    }

    private static int count(Node node) {
        int n = 1;
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                n += count(child);
            }
        }
        return n;
    }

    /** One action on the JavaFX thread; the pulses between actions lay out and render as in use. */
    private static <T> T fx(java.util.concurrent.Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(20, TimeUnit.SECONDS);
    }
}
