package org.referralatlas.ui.shell;

import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.referralatlas.model.Atlas;
import org.referralatlas.study.Deck;
import org.referralatlas.study.StoredStudy;
import org.referralatlas.ui.Messages;
import org.referralatlas.ui.study.StudyView;
import org.referralatlas.ui.study.StudyViewModel;

/**
 * Builds the study screen for the current atlas the first time Study mode is shown, and again
 * only when the atlas changes; its clock, random source and stores are passed in ({@link StudyServices}).
 * The progress and deck files are read off the JavaFX thread, like the atlas ({@link AtlasSession}):
 * meanwhile the screen says it is loading; a file set aside as corrupt or oversized shows its message
 * and study opens empty.
 */
final class StudyMode {
    private final StudyServices services;
    private final Executor background;
    private final Executor ui;
    private final StackPane screen = new StackPane();
    private Atlas builtFor;
    private StudyView view;
    private StudyViewModel model;
    private boolean classQuiz;

    StudyMode(StudyServices services) {
        this(services, StudyMode::onOwnThread, Platform::runLater);
    }

    /**
     * @param background reads the user's files (a worker thread in the app)
     * @param ui         builds the screen from what was read (Platform::runLater in the app)
     */
    StudyMode(StudyServices services, Executor background, Executor ui) {
        this.services = services;
        this.background = background;
        this.ui = ui;
    }

    Node view(Atlas atlas) {
        if (atlas == null) {
            return new Label(Messages.get("app.loading"));
        }
        if (atlas != builtFor) {
            builtFor = atlas;
            view = null;
            model = null;
            Label loading = new Label(Messages.get("study.loading"));
            loading.setId("study-loading");
            screen.getChildren().setAll(loading);
            background.execute(() -> load(atlas, loading));
        }
        return screen;
    }

    /** Runs on the background executor: every read of the user's disk happens here. */
    private void load(Atlas atlas, Label loading) {
        try {
            StoredStudy stored = StoredStudy.load(services.progress(), services.decks());
            ui.execute(() -> show(atlas, new StudyViewModel(atlas, stored, services.progress(), services.decks(),
                    services.clock(), services.random())));
        } catch (RuntimeException e) {
            // Nothing is built, so nothing can be saved over the user's files.
            ui.execute(() -> loading.setText(Messages.format("study.loadFailed", e.toString())));
        }
    }

    private void show(Atlas atlas, StudyViewModel loaded) {
        if (atlas != builtFor) {
            return; // the atlas changed while loading; its own load builds the screen
        }
        model = loaded;
        view = new StudyView(model, atlas);
        view.setId("study");
        screen.getChildren().setAll(view);
        applyClassQuiz();
    }

    /** The deck being practised, for File &gt; Export plate book; null before study has loaded or a deck is chosen. */
    Deck deck() {
        return model == null ? null : model.deckProperty().get();
    }

    /**
     * A class quiz: every card asked, nothing recorded in the student's progress, projector-sized.
     * Takes effect from the next deck chosen; remembered until the study screen has loaded.
     */
    void classQuiz(boolean on) {
        classQuiz = on;
        applyClassQuiz();
    }

    private void applyClassQuiz() {
        if (view != null) {
            model.classQuiz(classQuiz);
            view.setPresentation(classQuiz);
        }
    }

    private static void onOwnThread(Runnable load) {
        Thread t = new Thread(load, "study-loader");
        t.setDaemon(true);
        t.start();
    }
}
