package org.referralatlas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.time.Clock;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.ui.MemoryPreferences;
import org.referralatlas.ui.explore.MuscleDetailView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app's start builds the figure first: its first frame has the figure of the atlas drawn by plain nodes
 * (no control at all), the status line and places for the rest; the body map, menu, toolbar, search,
 * muscle list and detail come after, in those places, so the figure does not move; the height kept for
 * the menu and toolbar is remembered.
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
            // A fresh window, as at the app's start: the test's stage may be left shown or sized by another test.
            stage.hide();
            MainWindow window = new MainWindow(stage, model, prefs, Runnable::run,
                    StudyServices.inFolder(dir, Clock.systemDefaultZone(), new Random(7)), true);
            stage.sizeToScene();
            session.openBundled();
            stage.show();
            opened.set(new Window(window, model, prefs));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return opened.get();
    }

    /** Where the figure is drawn: its upper trapezius (the posterior view's), in the scene. */
    private static Bounds figure(FxRobot robot) {
        Node muscle = robot.lookup("#upper-trapezius").query();
        return muscle.localToScene(muscle.getBoundsInLocal());
    }

    /** The controls in the scene: the first frame has none (no control skin, no default stylesheet). */
    private List<String> controls() {
        List<String> found = new ArrayList<>();
        Deque<Node> todo = new ArrayDeque<>(List.of(stage.getScene().getRoot()));
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (n instanceof Control) {
                found.add(n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId()));
            }
            if (n instanceof Parent p) {
                todo.addAll(p.getChildrenUnmodifiable());
            }
        }
        return found;
    }

    /** Window widths: the default, and one whose divider places round the other way. */
    @ParameterizedTest
    @ValueSource(doubles = {1280, 1037})
    void theFirstFrameHasTheFigureAndTheRestComesInItsPlaceWithoutMovingIt(double width, FxRobot robot) {
        Preferences prefs = new MemoryPreferences().node("figure-first");
        prefs.putDouble("width", width);
        Window w = open(prefs);
        assertEquals(width, stage.getScene().getWidth());
        assertNotNull(w.model().session().getAtlas());
        assertEquals(List.of(), controls(), "controls in the first frame");
        assertTrue(robot.lookup("#figure-preview").tryQuery().isPresent(), "no figure in the first frame");
        assertEquals(1, robot.lookup("#upper-trapezius").queryAll().size());
        // What the first frame does not need is not built yet.
        assertFalse(robot.lookup("#search").tryQuery().isPresent(), "search built before the first frame");
        assertFalse(robot.lookup("#muscle-list").tryQuery().isPresent(), "muscle list built before the first frame");
        assertFalse(robot.lookup((Node n) -> n instanceof MenuBar).tryQuery().isPresent(), "menu before the first frame");
        assertFalse(robot.lookup("#status-progress").tryQuery().isPresent(), "progress bar before the first frame");
        Bounds before = figure(robot);
        Node preview = robot.lookup("#figure-preview").query();
        Bounds place = preview.localToScene(preview.getLayoutBounds());
        assertTrue(place.getWidth() > 300 && place.getHeight() > 300, place.toString());

        WaitForAsyncUtils.asyncFx(() -> w.window().completeWindow());
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(robot.lookup("#search").tryQuery().isPresent());
        ListView<?> list = robot.lookup("#muscle-list").queryAs(ListView.class);
        assertEquals(w.model().session().getAtlas().muscles().size(), list.getItems().size());
        assertTrue(robot.lookup((Node n) -> n instanceof MenuBar).tryQuery().isPresent());
        assertTrue(robot.lookup("#status-progress").tryQuery().isPresent(), "no progress bar with the chrome");
        assertFalse(robot.lookup("#figure-preview").tryQuery().isPresent(), "the first frame's figure left in");
        assertEquals(1, robot.lookup("#upper-trapezius").queryAll().size());
        Node map = robot.lookup("#body-map").query();
        assertEquals(place, map.localToScene(map.getLayoutBounds()), "the body map is not where the figure was");
        assertEquals(before, figure(robot), "the figure moved when the body map, menu, toolbar and panes came");

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
