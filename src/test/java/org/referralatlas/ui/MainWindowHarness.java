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
import org.referralatlas.ui.shell.MainViewModel;
import org.referralatlas.ui.shell.MainWindow;
import org.referralatlas.ui.shell.StudyServices;

/** The real main window on a test stage, with its own preferences node and data folder, as App wires it. */
final class MainWindowHarness {
    private MainWindowHarness() {
    }

    /** Builds the window, starts loading {@code atlas} off the JavaFX thread and shows the stage. */
    static MainViewModel open(Stage stage, String prefsNode, Path studyData, Path atlas) throws BackingStoreException {
        Preferences prefs = Preferences.userRoot().node(prefsNode);
        prefs.clear();
        AtlasSession session = new AtlasSession(new AtlasLoader(), Executors.newSingleThreadExecutor(),
                Platform::runLater);
        Clock clock = Clock.systemDefaultZone();
        MainViewModel model = new MainViewModel(session, clock);
        new MainWindow(stage, model, prefs, Executors.newSingleThreadExecutor(),
                StudyServices.inFolder(studyData, clock, new Random(7)));
        session.open(atlas);
        stage.show();
        return model;
    }
}
