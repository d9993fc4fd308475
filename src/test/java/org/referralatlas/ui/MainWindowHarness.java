package org.referralatlas.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.ui.shell.AtlasSession;
import org.referralatlas.ui.shell.FeatureModels;
import org.referralatlas.ui.shell.MainViewModel;
import org.referralatlas.ui.shell.MainWindow;
import org.referralatlas.ui.shell.StudyServices;

/** The real main window on a test stage, with its own preferences node and data folder, as App wires it. */
final class MainWindowHarness {
    private MainWindowHarness() {
    }

    /** The window, its view model and the session that loads its atlas. */
    record Opened(MainWindow window, MainViewModel model, AtlasSession session) {
    }

    /** Builds the window, starts loading {@code atlas} off the JavaFX thread and shows the stage. */
    static MainViewModel open(Stage stage, String prefsNode, Path studyData, Path atlas) throws BackingStoreException {
        Opened opened = build(stage, new MemoryPreferences().node(prefsNode), studyData);
        opened.session().open(atlas);
        stage.show();
        return opened.model();
    }

    /** The window on the bundled atlas, as a user first sees it. */
    static MainViewModel openBundled(Stage stage, Path studyData) {
        return openBundledWindow(stage, studyData).model();
    }

    /** As {@link #openBundled}, with the window too (tests that switch its modes). */
    static Opened openBundledWindow(Stage stage, Path studyData) {
        Opened opened = build(stage, new MemoryPreferences(), studyData);
        opened.session().openBundled();
        stage.show();
        return opened;
    }

    /** Wires the window as App.start does, with preferences in memory (a test writes nothing outside its folder). */
    private static Opened build(Stage stage, Preferences prefs, Path studyData) {
        AtlasSession session = new AtlasSession(new AtlasLoader(), Executors.newSingleThreadExecutor(),
                Platform::runLater);
        Clock clock = Clock.systemDefaultZone();
        MainViewModel model = new MainViewModel(session, clock, FeatureModels.create(clock));
        MainWindow window = new MainWindow(stage, model, prefs, Executors.newSingleThreadExecutor(),
                StudyServices.inFolder(studyData, clock, new Random(7)));
        return new Opened(window, model, session);
    }

    /** Study mode reads the user's files off the JavaFX thread: waits until its screen has replaced the loading line. */
    static void awaitStudyScreen(org.testfx.api.FxRobot robot) throws java.util.concurrent.TimeoutException {
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#study-decks .list-cell").lookup((javafx.scene.control.ListCell<?> c) ->
                        c.getText() != null && !c.getText().isBlank()).tryQuery().isPresent());
    }
}
