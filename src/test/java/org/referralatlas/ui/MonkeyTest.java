package org.referralatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputControl;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.SVGPath;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.referralatlas.ui.shell.AppMode;
import org.referralatlas.ui.shell.MainViewModel;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A seeded monkey on the real window with the bundled atlas: a few thousand random clicks on
 * whatever is showing, drags over the figure, keys and mode switches. Any exception on any thread
 * fails the test (the FX thread's and every other thread's uncaught-exception handler record it).
 * The menu bar and the drawing file buttons are left alone: they open file choosers, which Monocle
 * cannot show.
 * Repeatable: the same seed makes the same moves. 2000 moves in {@code mvn verify}: events are fired
 * straight at the nodes, not through a robot, so a move costs about 12 ms (2000 in 34 s on a
 * 2-core machine shared with other builds); a longer run: {@code -Dmonkey.steps=5000 -Dmonkey.seed=N}.
 */
@ExtendWith(ApplicationExtension.class)
class MonkeyTest {
    private static final long SEED = Long.getLong("monkey.seed", 17);
    private static final int STEPS = Integer.getInteger("monkey.steps", 2000);
    private static final KeyCode[] KEYS = {KeyCode.A, KeyCode.S, KeyCode.T, KeyCode.DIGIT1, KeyCode.DIGIT2,
        KeyCode.DIGIT3, KeyCode.LEFT, KeyCode.RIGHT, KeyCode.UP, KeyCode.DOWN, KeyCode.TAB, KeyCode.ENTER,
        KeyCode.SPACE, KeyCode.ESCAPE, KeyCode.BACK_SPACE, KeyCode.PLUS, KeyCode.MINUS};

    /** Controls that open a file chooser, which Monocle cannot show (it throws UnsupportedOperationException). */
    private static final java.util.regex.Pattern FILE_CHOOSERS =
            java.util.regex.Pattern.compile("draw-(save|open|compare)|.*export.*");

    @TempDir
    static Path data;

    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private Thread.UncaughtExceptionHandler previous;
    private MainViewModel model;
    private int step;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        // Preferences in memory: the test writes nothing outside its temporary folder.
        model = MainWindowHarness.openBundled(stage, data);
    }

    @BeforeEach
    void recordUncaught() throws Exception {
        previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e)))
                .get();
    }

    @AfterEach
    void restore() {
        Thread.setDefaultUncaughtExceptionHandler(previous);
    }

    @Test
    void aFewThousandRandomMovesRaiseNoException() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.session().getAtlas() != null);
        Random random = new Random(SEED);
        for (step = 0; step < STEPS && uncaught.isEmpty(); step++) {
            int move = random.nextInt(100);
            long seed = random.nextLong();
            if (move < 5) {
                AppMode mode = AppMode.values()[random.nextInt(AppMode.values().length)];
                onFx(() -> model.modeProperty().set(mode));
            } else if (move < 20) {
                KeyCode key = KEYS[random.nextInt(KEYS.length)];
                onFx(() -> key(key));
            } else if (move < 35) {
                onFx(() -> drag(new Random(seed)));
            } else {
                onFx(() -> click(new Random(seed)));
            }
        }
        closeDialogs();
        WaitForAsyncUtils.waitForFxEvents();
        if (!uncaught.isEmpty()) {
            throw new AssertionError("uncaught exception after monkey moves (seed " + SEED + ")", uncaught.get(0));
        }
        assertEquals(List.of(), uncaught);
        assertNotNull(stage.getScene());
    }

    /**
     * Runs one move on the FX thread. A move that opens a modal dialog (showAndWait) does not return
     * until the dialog closes: after a moment the dialog is closed, as a user would dismiss it.
     */
    private void onFx(Runnable move) throws Exception {
        java.util.concurrent.Future<Void> done = WaitForAsyncUtils.asyncFx(move);
        try {
            done.get(2, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            closeDialogs();
            try {
                done.get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException stuck) {
                throw new AssertionError("a move did not finish (step " + step + ", seed " + SEED + "): "
                        + describe(), stuck);
            }
        } catch (java.util.concurrent.ExecutionException e) {
            uncaught.add(e.getCause());
        }
    }

    /** A click (press, release, click) on a random visible, enabled control or figure shape outside the menu bar. */
    private void click(Random random) {
        List<Node> targets = new ArrayList<>();
        collect(stage.getScene().getRoot(), targets);
        if (targets.isEmpty()) {
            return;
        }
        Node target = targets.get(random.nextInt(targets.size()));
        Bounds b = target.getLayoutBounds();
        double x = b.getMinX() + b.getWidth() * (0.2 + 0.6 * random.nextDouble());
        double y = b.getMinY() + b.getHeight() * (0.2 + 0.6 * random.nextDouble());
        MouseButton button = random.nextInt(8) == 0 ? MouseButton.SECONDARY : MouseButton.PRIMARY;
        for (EventType<MouseEvent> type : List.of(MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED,
                MouseEvent.MOUSE_CLICKED)) {
            fireMouse(target, type, x, y, button);
        }
        if (target instanceof TextInputControl field && random.nextBoolean()) {
            field.requestFocus();
            field.replaceText(0, field.getLength(), random.nextInt(4) == 0 ? "x".repeat(5000) : "tra");
        }
    }

    /** A drag across the figure (paints in the pain finder's draw mode, pans elsewhere). */
    private void drag(Random random) {
        Node map = stage.getScene().lookup("#body-map");
        if (map == null || !map.isVisible() || map.getScene() == null) {
            return;
        }
        Bounds b = map.getLayoutBounds();
        fireMouse(map, MouseEvent.MOUSE_PRESSED, b.getMinX() + random.nextDouble() * b.getWidth(),
                b.getMinY() + random.nextDouble() * b.getHeight(), MouseButton.PRIMARY);
        for (int i = 0; i < 4; i++) {
            fireMouse(map, MouseEvent.MOUSE_DRAGGED, b.getMinX() + random.nextDouble() * b.getWidth(),
                    b.getMinY() + random.nextDouble() * b.getHeight(), MouseButton.PRIMARY);
        }
        fireMouse(map, MouseEvent.MOUSE_RELEASED, b.getMinX() + random.nextDouble() * b.getWidth(),
                b.getMinY() + random.nextDouble() * b.getHeight(), MouseButton.PRIMARY);
    }

    private void key(KeyCode key) {
        Node owner = stage.getScene().getFocusOwner();
        javafx.event.EventTarget target = owner != null ? owner : stage.getScene();
        for (EventType<KeyEvent> type : List.of(KeyEvent.KEY_PRESSED, KeyEvent.KEY_RELEASED)) {
            Event.fireEvent(target, new KeyEvent(type, "", "", key, false, false, false, false));
        }
        if (key.isLetterKey() || key.isDigitKey()) {
            Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_TYPED, key.getChar(), "", KeyCode.UNDEFINED, false,
                    false, false, false));
        }
    }

    private static void fireMouse(Node node, EventType<MouseEvent> type, double x, double y, MouseButton button) {
        Point2D scene = node.localToScene(x, y);
        Point2D screen = node.localToScreen(x, y);
        double sx = screen == null ? scene.getX() : screen.getX(), sy = screen == null ? scene.getY() : screen.getY();
        boolean down = type != MouseEvent.MOUSE_RELEASED && type != MouseEvent.MOUSE_CLICKED;
        Event.fireEvent(node, new MouseEvent(type, scene.getX(), scene.getY(), sx, sy, button, 1, false, false, false,
                false, down && button == MouseButton.PRIMARY, false, down && button == MouseButton.SECONDARY, false,
                false, type == MouseEvent.MOUSE_CLICKED, null));
    }

    private String describe() {
        return "windows " + Window.getWindows() + "; FX thread: " + java.util.Arrays.toString(
                Thread.getAllStackTraces().entrySet().stream()
                        .filter(t -> t.getKey().getName().startsWith("JavaFX Application"))
                        .findFirst().map(t -> java.util.Arrays.copyOf(t.getValue(), 25)).orElse(null));
    }

    private static void collect(Node node, List<Node> found) {
        if (!node.isVisible() || node.isDisabled() || node instanceof MenuBar
                || (node.getId() != null && FILE_CHOOSERS.matcher(node.getId()).matches())) {
            return;
        }
        if (node instanceof ButtonBase || node instanceof ListCell<?> || node instanceof SVGPath
                || node instanceof Slider || node instanceof TextInputControl) {
            found.add(node);
        }
        if (node instanceof Parent parent) {
            for (Node child : Collections.unmodifiableList(parent.getChildrenUnmodifiable())) {
                collect(child, found);
            }
        }
    }

    /** Closes every window but the main one (dialogs, popups); works inside a dialog's nested event loop. */
    private void closeDialogs() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(w -> w != stage).toList()
                .forEach(Window::hide)).get(10, TimeUnit.SECONDS);
    }
}
