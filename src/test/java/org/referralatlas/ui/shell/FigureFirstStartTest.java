package org.referralatlas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.ui.MemoryPreferences;
import org.referralatlas.ui.explore.MuscleDetailView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app's start builds the figure first: its first frame has the body map with the atlas, the status
 * line and places for the rest; the menu, toolbar, search, muscle list and detail come after, in those
 * places, so the figure does not move; the height kept for the menu and toolbar is remembered.
 */
@ExtendWith(ApplicationExtension.class)
class FigureFirstStartTest {
    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
    }

    private record Window(MainWindow window, MainViewModel model, Preferences prefs) {
    }

    private Window open(Preferences prefs) {
        AtomicReference<Window> opened = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> {
            AtlasSession session = new AtlasSession(new AtlasLoader(), Runnable::run, Runnable::run);
            MainViewModel model = new MainViewModel(session, Clock.systemDefaultZone());
            MainWindow window = new MainWindow(stage, model, prefs, Runnable::run,
                    StudyServices.inFolder(dir, Clock.systemDefaultZone(), new Random(7)), true);
            session.openBundled();
            stage.show();
            opened.set(new Window(window, model, prefs));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return opened.get();
    }

    private static Bounds figure(MainWindow w) {
        Node map = w.view().map();
        return map.localToScene(map.getLayoutBounds());
    }

    @Test
    void theFirstFrameHasTheFigureAndTheRestComesInItsPlaceWithoutMovingIt(FxRobot robot) {
        Window w = open(new MemoryPreferences().node("figure-first"));
        assertNotNull(w.model().session().getAtlas());
        assertTrue(robot.lookup("#body-map").tryQuery().isPresent());
        // What the first frame does not need is not built yet.
        assertFalse(robot.lookup("#search").tryQuery().isPresent(), "search built before the first frame");
        assertFalse(robot.lookup("#muscle-list").tryQuery().isPresent(), "muscle list built before the first frame");
        assertFalse(robot.lookup((Node n) -> n instanceof MenuBar).tryQuery().isPresent(), "menu before the first frame");
        assertFalse(robot.lookup("#status-progress").tryQuery().isPresent(), "progress bar before the first frame");
        Bounds before = figure(w.window());
        assertTrue(before.getWidth() > 300 && before.getHeight() > 300, before.toString());

        WaitForAsyncUtils.asyncFx(() -> w.window().completeWindow());
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(robot.lookup("#search").tryQuery().isPresent());
        ListView<?> list = robot.lookup("#muscle-list").queryAs(ListView.class);
        assertEquals(w.model().session().getAtlas().muscles().size(), list.getItems().size());
        assertTrue(robot.lookup((Node n) -> n instanceof MenuBar).tryQuery().isPresent());
        assertTrue(robot.lookup("#status-progress").tryQuery().isPresent(), "no progress bar with the chrome");
        assertEquals(before, figure(w.window()), "the figure moved when the menu, toolbar and panes came");

        // The height the menu and toolbar took is kept for the next start.
        WaitForAsyncUtils.asyncFx(() -> stage.hide());
        WaitForAsyncUtils.waitForFxEvents();
        double top = w.prefs().getDouble("topHeight", -1);
        assertTrue(top > 20, "remembered " + top);
    }

    @Test
    void aModeChosenBeforeTheRestIsBuiltBuildsItFirst(FxRobot robot) {
        Window w = open(new MemoryPreferences().node("figure-first-mode"));
        assertFalse(robot.lookup("#muscle-list").tryQuery().isPresent());
        WaitForAsyncUtils.asyncFx(() -> w.model().modeProperty().set(AppMode.TECHNIQUES));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#search").tryQuery().isPresent(), "the mode switch did not build the chrome");
        WaitForAsyncUtils.asyncFx(() -> w.model().modeProperty().set(AppMode.EXPLORE));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#muscle-list").tryQuery().isPresent());
        assertTrue(robot.lookup((Node n) -> n instanceof MuscleDetailView).tryQuery().isPresent(),
                "no detail pane back in explore");
    }
}
