package org.referralatlas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.referralatlas.TestAtlases;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.data.PainDrawingStore;
import org.referralatlas.lesson.Lesson;
import org.referralatlas.lesson.LessonFile;
import org.referralatlas.model.Point;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pain drawings and lessons chosen in a file dialog are read off the JavaFX thread: a slow file leaves the
 * window working and the figure as it was until it has been read; a corrupt file or a pipe leaves the
 * previous drawing or lesson and says why in one line.
 */
@ExtendWith(ApplicationExtension.class)
class FileOpenOffFxThreadTest {
    @TempDir
    Path dir;

    private Stage stage;
    private MainViewModel model;
    /** Holds each read until the test runs it, on a thread the test names. */
    private final List<Runnable> held = new CopyOnWriteArrayList<>();
    private final List<String> readerThreads = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage s) {
        stage = s;
        s.setScene(new Scene(new StackPane(), 320, 200));
        s.show();
    }

    @BeforeEach
    void open() {
        AtlasSession session = new AtlasSession(new AtlasLoader(), Runnable::run, Runnable::run);
        model = new MainViewModel(session, java.time.Clock.systemDefaultZone());
        session.open(TestAtlases.MINI);
    }

    private void runHeld() throws InterruptedException {
        List<Runnable> reads = new ArrayList<>(held);
        held.clear();
        for (Runnable read : reads) {
            Thread t = new Thread(() -> {
                readerThreads.add(Thread.currentThread().getName() + (Platform.isFxApplicationThread() ? " (FX)" : ""));
                read.run();
            }, "test-reader");
            t.start();
            t.join(10_000);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A drawing with one stroke on {@code view}. */
    private void drawOn(String view, double y) {
        model.painDrawing().clear();
        model.painDrawing().stroke(view, List.of(new Point(440, y), new Point(460, y)), false);
    }

    private boolean drawn(String view) {
        return !model.painDrawing().drawing().view(view).isEmpty();
    }

    /** The error dialog's text, after closing it. */
    private String errorShown(FxRobot robot) {
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        String text = pane.getContentText();
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
        return text;
    }

    @Test
    void aSlowDrawingIsReadOffTheFxThreadAndTheFigureKeepsItsDrawingMeanwhile(FxRobot robot) throws Exception {
        Path saved = dir.resolve("before.pain.json");
        robot.interact(() -> drawOn("lateral", 110));
        PainDrawingStore.save(saved, model.painDrawing().drawing());
        robot.interact(() -> drawOn("posterior", 220));

        FileReads reads = new FileReads(held::add, Platform::runLater);
        DrawingFileActions drawings = new DrawingFileActions(stage, model.painDrawing(),
                model.session().atlasProperty(), reads);
        robot.interact(() -> drawings.open(saved));

        assertEquals(1, held.size(), "the read was handed to the background executor");
        assertTrue(reads.readingProperty().get(), "reading is shown while the file is read");
        assertTrue(drawn("posterior") && !drawn("lateral"), "the figure keeps its drawing until the file is read");

        runHeld();
        assertEquals(List.of("test-reader"), readerThreads, "read on the background thread only");
        assertFalse(reads.readingProperty().get());
        assertTrue(drawn("lateral") && !drawn("posterior"), "the opened drawing replaced it");
        assertTrue(model.painDrawing().activeProperty().get(), "the pain finder paints the opened drawing");
    }

    @Test
    void aCorruptDrawingOrAPipeLeavesThePreviousDrawingWithOneLine(FxRobot robot) throws Exception {
        robot.interact(() -> drawOn("posterior", 220));
        Path corrupt = dir.resolve("broken.pain.json");
        Files.writeString(corrupt, "{ \"format\": \"referral-atlas-drawing\", \"strokes\": [");
        Path fifo = dir.resolve("pipe.pain.json");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());

        FileReads reads = new FileReads(FileReads::onOwnThread, Platform::runLater);
        DrawingFileActions drawings = new DrawingFileActions(stage, model.painDrawing(),
                model.session().atlasProperty(), reads);
        for (Path bad : List.of(corrupt, fifo)) {
            // The FX thread only starts the read: interact returns even for a pipe no one writes to.
            robot.interact(() -> drawings.open(bad));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !reads.readingProperty().get());
            WaitForAsyncUtils.waitForFxEvents();
            String message = errorShown(robot);
            assertFalse(message.contains("\n"), message);
            assertTrue(message.contains(bad.getFileName().toString()), "names the file: " + message);
            assertFalse(message.contains("Exception"), "no Java class in the message: " + message);
            assertTrue(drawn("posterior") && !drawn("lateral"), "the previous drawing stays after " + bad);
        }
    }

    @Test
    void aLessonIsReadOffTheFxThreadAndACorruptOneLeavesTheOpenLesson(FxRobot robot) throws Exception {
        Lesson open = new Lesson("Open lesson", List.of(new Lesson.Step("temporalis", "lateral", "right", null, null)));
        Lesson other = new Lesson("From disk", List.of(new Lesson.Step("masseter", "lateral", "left", null, null)));
        Path good = dir.resolve("good.lesson.json");
        LessonFile.save(other, good);
        Path corrupt = dir.resolve("bad.lesson.json");
        Files.writeString(corrupt, "{ \"title\": \"Half a lesson\", \"steps\": [ {");
        robot.interact(() -> model.presentation().lessonProperty().set(open));

        FileReads reads = new FileReads(held::add, Platform::runLater);
        PresentationActions lessons = new PresentationActions(stage, model, reads);
        robot.interact(() -> lessons.openLesson(corrupt));
        assertTrue(reads.readingProperty().get());
        runHeld();
        assertTrue(errorShown(robot).contains("bad.lesson.json"));
        assertEquals(open, model.presentation().lessonProperty().get(), "a corrupt file leaves the open lesson");

        robot.interact(() -> lessons.openLesson(good));
        assertEquals(open, model.presentation().lessonProperty().get(), "unchanged until the file has been read");
        runHeld();
        assertEquals(other, model.presentation().lessonProperty().get());
        assertEquals(List.of("test-reader", "test-reader"), readerThreads);
    }

    @Test
    void readsAskedForMeanwhileRunOneAfterAnother(FxRobot robot) throws Exception {
        FileReads reads = new FileReads(held::add, Platform::runLater);
        List<String> results = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            reads.read(dir.resolve("a"), f -> f.getFileName().toString(), results::add, e -> results.add("failed"));
            reads.<String>read(dir.resolve("b"), f -> {
                throw new IOException("b is broken");
            }, results::add, e -> results.add(e.getMessage()));
        });
        assertEquals(1, held.size(), "the second waits for the first");
        runHeld();
        assertEquals(1, held.size(), "then starts");
        assertTrue(reads.readingProperty().get());
        runHeld();
        assertEquals(List.of("a", "b is broken"), results);
        assertFalse(reads.readingProperty().get());
    }
}
