package org.referralatlas.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.io.DocumentFiles;
import org.referralatlas.model.Atlas;
import org.referralatlas.ui.shell.AtlasSession;
import org.referralatlas.ui.shell.FeatureModels;
import org.referralatlas.ui.shell.MainViewModel;
import org.referralatlas.ui.shell.MainWindow;
import org.referralatlas.ui.shell.StudyServices;
import org.referralatlas.ui.shell.Tour;

/**
 * The JavaFX application: the one place where the UI's objects are created and passed on.
 * Options: {@code --atlas DIR} opens another atlas folder; {@code --measure-startup} prints the
 * milliseconds from JVM start to the first frame with the atlas drawn, then exits; {@code --measure-tour}
 * takes a tour of every mode ({@link Tour}), prints the heap it leaves, then exits.
 */
public final class App extends Application {
    /** Begun by {@link #launchApp} before the toolkit starts; null when the app is launched otherwise. */
    private static volatile EarlyStart early;
    private ExecutorService loader;

    /** Called by the {@code Launcher}; runs until the window closes. */
    public static void launchApp(String[] args) {
        early = EarlyStart.begin(List.of(args), App.class);
        Application.launch(App.class, args);
    }

    @Override
    public void start(Stage stage) {
        InternalErrors.install();
        List<String> args = getParameters().getRaw();
        loader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "atlas-loader");
            t.setDaemon(true);
            return t;
        });
        AtlasSession session = new AtlasSession(new AtlasLoader(), loader, Platform::runLater);
        Clock clock = Clock.systemDefaultZone();
        StudyServices study = StudyServices.inFolder(Path.of(System.getProperty("user.home"), ".referral-atlas"),
                clock, new Random());
        MainViewModel model = new MainViewModel(session, clock, FeatureModels.create(clock));
        MainWindow window = new MainWindow(stage, model, Preferences.userNodeForPackage(App.class), loader, study,
                true);
        boolean measuring = args.contains("--measure-startup");
        if (measuring) {
            exitIfTheAtlasFails(session);
        }
        if (args.contains("--measure-tour")) {
            session.atlasProperty().addListener((o, old, a) -> Tour.runThenExit(Tour.of(window, model)));
        }
        Path atlas = atlasArgument(args);
        EarlyStart begun = early;
        early = null;
        if (atlas == null && begun != null) {
            session.openBundled(begun.bundledAtlas());
        } else if (atlas == null) {
            session.openBundled();
        } else {
            session.open(atlas);
        }
        completeAfterFirstFrame(session, window, measuring, measuring || atlas == null);
        stage.show();
        openDocumentOnceLoaded(args, session, window);
    }

    /** A lesson or drawing the desktop asked to open; it needs the atlas, so it waits for the first. */
    private static void openDocumentOnceLoaded(List<String> args, AtlasSession session, MainWindow window) {
        args.stream().filter(DocumentFiles::isDocument).findFirst().map(Path::of).ifPresent(doc ->
                session.atlasProperty().addListener(new ChangeListener<>() {
                    @Override
                    public void changed(ObservableValue<? extends Atlas> o, Atlas old, Atlas atlas) {
                        session.atlasProperty().removeListener(this);
                        window.openDocument(doc);
                    }
                }));
    }

    @Override
    public void stop() {
        if (loader != null) {
            loader.shutdownNow();
        }
    }

    /**
     * The window's first frame has the figure, drawn by plain nodes (see {@link MainWindow#completeWindow()});
     * the body map, menu, toolbar, lists and detail are built after it, and the body map takes the focus: after the first frame with the atlas (bundled, and loaded while
     * the toolkit started), or at once for another atlas, which may take long to load. With
     * {@code --measure-startup}, prints the time to both frames, then exits.
     */
    private static void completeAfterFirstFrame(AtlasSession session, MainWindow window, boolean measuring,
            boolean afterTheAtlas) {
        Runnable complete = () -> FirstFrame.afterNextFrame(() -> {
            if (measuring) {
                FirstFrame.print("the first frame with the atlas drawn");
            }
            window.completeWindow();
            window.view().map().requestFocus();
            if (measuring) {
                FirstFrame.report("the first frame of the whole window (menus, toolbar, lists, detail)");
            }
        });
        if (!afterTheAtlas || !session.loadingProperty().get()) {
            complete.run();
            return;
        }
        session.loadingProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean loading) {
                if (!loading) {
                    session.loadingProperty().removeListener(this);
                    complete.run();
                }
            }
        });
    }

    private static void exitIfTheAtlasFails(AtlasSession session) {
        session.lastFailureProperty().addListener((o, old, failure) -> {
            System.err.println("startup: the atlas could not be loaded");
            Platform.exit();
        });
    }

    static Path atlasArgument(List<String> raw) {
        for (int i = 0; i < raw.size(); i++) {
            if (raw.get(i).equals("--atlas") && i + 1 < raw.size()) {
                return Path.of(raw.get(i + 1));
            }
            if (raw.get(i).startsWith("--atlas=")) {
                return Path.of(raw.get(i).substring("--atlas=".length()));
            }
        }
        return null;
    }
}
