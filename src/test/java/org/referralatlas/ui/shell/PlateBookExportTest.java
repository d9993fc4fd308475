package org.referralatlas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.referralatlas.TestAtlases;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.export.Paper;
import org.referralatlas.export.PlateBookBuilder;
import org.referralatlas.export.PlateSelection;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Side;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File &gt; Export plate book: built off the JavaFX thread, progress shown, Cancel leaves no file. */
@ExtendWith(ApplicationExtension.class)
class PlateBookExportTest {
    private Stage stage;
    private final List<Thread> workers = new CopyOnWriteArrayList<>();
    private final Executor background = r -> {
        Thread t = new Thread(r, "plate-book-test");
        t.setDaemon(true);
        workers.add(t);
        t.start();
    };

    @TempDir
    Path dir;

    @Start
    void start(Stage s) {
        stage = s;
        s.setScene(new Scene(new StackPane(), 320, 200));
        s.show();
    }

    private Task<Void> start(Atlas atlas, Path target) throws Exception {
        PlateBookExport export = new PlateBookExport(stage, null, background, () -> null);
        return WaitForAsyncUtils.asyncFx(() -> export.start(new PlateBookBuilder(atlas, Paper.A4, Side.RIGHT),
                PlateSelection.all(atlas), target)).get(10, TimeUnit.SECONDS);
    }

    /** Task state may only be read on the JavaFX thread. */
    private static <T> T fx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    @Test
    void writesTheBookOffTheFxThreadAndClosesTheProgress(FxRobot robot) throws Exception {
        Path target = dir.resolve("mini.pdf");
        Task<Void> task = start(TestAtlases.mini(), target);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Task.State.SUCCEEDED, fx(task::getState), String.valueOf(fx(task::getException)));
        assertTrue(Files.size(target) > 10_000);
        assertEquals(1, workers.size(), "built on the background executor, not the JavaFX thread");
        assertTrue(robot.lookup("#plates-progress").tryQuery().isEmpty(), "the progress dialog closed");
    }

    @Test
    void cancelStopsTheBuildAndLeavesNoFile(FxRobot robot) throws Exception {
        Path target = dir.resolve("all.pdf");
        Task<Void> task = start(new AtlasLoader().loadBundled().atlas(), target);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(task::getProgress) > 0);
        assertTrue(robot.lookup("#plates-progress").tryQuery().isPresent(), "progress is shown while building");
        assertTrue(fx(task::getProgress) < 1, "the bundled book is still being built");
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, task::isDone);
        assertTrue(fx(task::isCancelled));
        workers.get(0).join(60_000);
        assertFalse(workers.get(0).isAlive(), "the worker stops after the plate it was drawing");
        assertFalse(Files.exists(target), "a cancelled book leaves no file");
    }
}
