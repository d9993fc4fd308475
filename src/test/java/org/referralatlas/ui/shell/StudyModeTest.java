package org.referralatlas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.referralatlas.TestAtlases;
import org.referralatlas.study.DeckStore;
import org.referralatlas.study.ProgressStore;
import org.referralatlas.ui.study.StudyStyles;
import org.referralatlas.ui.study.StudyView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The study screen reads the user's files off the JavaFX thread, shows it is loading, then the data. */
@ExtendWith(ApplicationExtension.class)
class StudyModeTest {
    @TempDir
    Path dir;

    /** Holds the background work until the test runs it, on a thread the test names. */
    private final List<Runnable> queued = new CopyOnWriteArrayList<>();
    private final List<String> loaderThreads = new CopyOnWriteArrayList<>();
    private final Executor held = queued::add;
    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        stage.setScene(new Scene(root, 900, 600));
        stage.show();
    }

    private void runQueued() throws InterruptedException {
        List<Runnable> tasks = new ArrayList<>(queued);
        queued.clear();
        for (Runnable task : tasks) {
            Thread t = new Thread(() -> {
                loaderThreads.add(Thread.currentThread().getName() + (Platform.isFxApplicationThread() ? " (FX)" : ""));
                task.run();
            }, "test-loader");
            t.start();
            t.join(10_000);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void corruptAndOversizedFilesAreSetAsideOffTheFxThreadAndStudyOpensEmpty(FxRobot robot) throws Exception {
        Path progress = dir.resolve(ProgressStore.FILE_NAME);
        Files.writeString(progress, "{ \"version\": 1, \"cards\": ");
        try (RandomAccessFile decks = new RandomAccessFile(dir.resolve(DeckStore.FILE_NAME).toFile(), "rw")) {
            decks.setLength(40L * 1024 * 1024); // sparse: over the 32 MB limit without using the disk
        }
        StudyMode study = new StudyMode(services(), held, Platform::runLater);
        robot.interact(() -> root.getChildren().setAll(study.view(TestAtlases.mini())));

        assertEquals(1, queued.size(), "the load was handed to the background executor");
        assertTrue(robot.lookup("#study-loading").tryQuery().isPresent(), "a loading state is shown meanwhile");
        assertTrue(robot.lookup("#study").tryQuery().isEmpty());
        assertTrue(Files.exists(progress), "the JavaFX thread did not read (and so did not set aside) the file");
        assertEquals(List.of(), asideFiles(), "nothing was set aside on the JavaFX thread");

        runQueued();

        assertEquals(List.of("test-loader"), loaderThreads, "the files were read on the background thread");
        StudyView view = robot.lookup("#study").queryAs(StudyView.class);
        assertTrue(robot.lookup("#study-loading").tryQuery().isEmpty(), "the loading state is gone");
        assertFalse(Files.exists(progress), "the corrupt progress file was set aside");
        assertEquals(2, asideFiles().size(), "both bad files were kept beside, not deleted: " + asideFiles());
        String message = robot.lookup(".label").queryAllAs(Label.class).stream().map(Label::getText)
                .filter(t -> t.contains("unreadable")).findFirst().orElse("");
        assertTrue(message.contains("progress") && message.contains("decks"), "one line per bad file: " + message);
        assertTrue(view.getScene() != null);
    }

    @Test
    void aClassQuizAskedForWhileLoadingAppliesOnceLoaded(FxRobot robot) throws Exception {
        StudyMode study = new StudyMode(services(), held, Platform::runLater);
        robot.interact(() -> {
            root.getChildren().setAll(study.view(TestAtlases.mini()));
            study.classQuiz(true);
        });
        runQueued();
        assertTrue(robot.lookup("#study").query().getStyleClass().contains(StudyStyles.PRESENTATION));
    }

    @Test
    void theAppsOwnLoaderIsNotTheFxThread(FxRobot robot) throws Exception {
        StudyMode study = new StudyMode(services());
        robot.interact(() -> root.getChildren().setAll(study.view(TestAtlases.mini())));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#study").tryQuery().isPresent());
        assertTrue(robot.lookup("#study-decks").tryQuery().isPresent(), "the decks are offered once loaded");
    }

    @Test
    void theDeckBeingPractisedIsOfferedToThePlateBook(FxRobot robot) throws Exception {
        StudyMode study = new StudyMode(services(), held, Platform::runLater);
        robot.interact(() -> root.getChildren().setAll(study.view(TestAtlases.mini())));
        assertEquals(null, study.deck(), "no deck while loading");
        runQueued();
        assertEquals(null, study.deck(), "none before one is chosen");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<org.referralatlas.study.Deck> decks =
                robot.lookup("#study-decks").queryAs(javafx.scene.control.ListView.class);
        org.referralatlas.study.Deck second = decks.getItems().get(1);
        robot.interact(() -> decks.getSelectionModel().select(second));
        assertEquals(second, study.deck());
        List<PlateBookScopes.Scope> scopes = PlateBookScopes.of(TestAtlases.mini(), null, List.of(), null,
                study.deck(), org.referralatlas.model.Side.RIGHT);
        assertEquals("deck", scopes.get(0).id());
        assertEquals(second.muscles(), scopes.get(0).muscles().stream().map(m -> m.id()).toList());
    }

    private StudyServices services() {
        return StudyServices.inFolder(dir, java.time.Clock.fixed(java.time.Instant.parse("2026-01-05T10:00:00Z"),
                java.time.ZoneOffset.UTC), new java.util.Random(1));
    }

    private List<Path> asideFiles() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().contains(".corrupt-")).toList();
        }
    }
}
