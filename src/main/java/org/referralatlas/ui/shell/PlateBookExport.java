package org.referralatlas.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.referralatlas.export.Paper;
import org.referralatlas.export.PlateBookBuilder;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.Side;
import org.referralatlas.study.Deck;
import org.referralatlas.ui.Messages;

/**
 * File &gt; Export plate book: choose what it holds (selection, group, pain regions, lesson, study deck, everything) and
 * where, then build it on the background executor with a progress bar and a Cancel button; a cancelled
 * book leaves no file.
 */
final class PlateBookExport {
    private final Stage stage;
    private final MainViewModel model;
    private final Executor background;
    private final Supplier<Deck> studyDeck;

    /** @param studyDeck the deck being practised in Study mode, or null */
    PlateBookExport(Stage stage, MainViewModel model, Executor background, Supplier<Deck> studyDeck) {
        this.stage = stage;
        this.model = model;
        this.background = background;
        this.studyDeck = studyDeck;
    }

    void export() {
        Atlas atlas = model.session().getAtlas();
        Side side = shownSide(model);
        PlateBookScopes.Scope scope = chooseScope(stage, model, side, studyDeck.get(), "plates.export");
        if (atlas == null || scope == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("plates.filter"), "*.pdf"));
        chooser.setInitialFileName(Messages.get("plates.fileName"));
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            start(new PlateBookBuilder(atlas, Paper.A4, side), scope.muscles(), file.toPath());
        }
    }

    /** The side plates are drawn on: the figure's, or the right when it shows both. */
    static Side shownSide(MainViewModel model) {
        return model.explore().sideProperty().get() == Side.LEFT ? Side.LEFT : Side.RIGHT;
    }

    /** Asks which muscles (see {@link PlateBookScopes}); null when cancelled or no atlas is open. */
    static PlateBookScopes.Scope chooseScope(Stage owner, MainViewModel model, Side side, Deck deck, String titleKey) {
        Atlas atlas = model.session().getAtlas();
        if (atlas == null) {
            return null;
        }
        List<PlateBookScopes.Scope> scopes = PlateBookScopes.of(atlas, model.explore().getSelected(),
                model.painFinder().chosenRegions(), model.presentation().lessonProperty().get(), deck, side);
        ChoiceDialog<PlateBookScopes.Scope> choose = new ChoiceDialog<>(scopes.get(0), scopes);
        choose.initOwner(owner);
        choose.setTitle(Messages.plain(titleKey).replace("\u2026", ""));
        choose.setHeaderText(Messages.get("plates.choose"));
        return choose.showAndWait().orElse(null);
    }

    /** Builds the book off the JavaFX thread; returns the task, which the progress dialog can cancel. */
    Task<Void> start(PlateBookBuilder builder, List<Muscle> muscles, Path target) {
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                builder.write(muscles, target, (done, total) -> {
                    updateProgress(done, total);
                    updateMessage(Messages.format("plates.progress", done, total));
                    return !isCancelled();
                });
                return null;
            }
        };
        Alert progress = progressDialog(task);
        task.setOnSucceeded(e -> progress.close());
        task.setOnCancelled(e -> progress.close());
        task.setOnFailed(e -> {
            progress.close();
            Throwable t = task.getException();
            if (!(t instanceof CancellationException)) {
                Dialogs.error(stage, "export.failed", t == null ? "" : String.valueOf(t.getMessage()));
            }
        });
        progress.show();
        background.execute(task);
        return task;
    }

    private Alert progressDialog(Task<Void> task) {
        ProgressBar bar = new ProgressBar();
        bar.setId("plates-progress");
        bar.setPrefWidth(320);
        bar.progressProperty().bind(task.progressProperty());
        Label message = new Label();
        message.textProperty().bind(task.messageProperty());
        Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CANCEL);
        alert.initOwner(stage);
        alert.setTitle(Messages.plain("plates.export").replace("\u2026", ""));
        alert.setHeaderText(Messages.get("plates.building"));
        alert.getDialogPane().setContent(new VBox(8, bar, message));
        alert.setOnCloseRequest(e -> {
            if (task.isRunning()) {
                task.cancel(false);
            }
        });
        alert.resultProperty().addListener((o, was, now) -> {
            if (now == ButtonType.CANCEL && task.isRunning()) {
                task.cancel(false);
            }
        });
        return alert;
    }
}
