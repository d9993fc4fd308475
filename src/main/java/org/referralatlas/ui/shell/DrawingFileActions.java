package org.referralatlas.ui.shell;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.referralatlas.data.PainDrawingStore;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.PainDrawing;
import org.referralatlas.ui.Messages;
import org.referralatlas.ui.painfinder.DrawingComparisonView;
import org.referralatlas.ui.painfinder.PainDrawingViewModel;

/**
 * Save, open and compare pain drawings through file choosers; problems are shown, never thrown. A chosen
 * drawing is read off the JavaFX thread ({@link FileReads}); until it has been read the figure keeps the
 * drawing it shows, and a file that cannot be read leaves it there, with the reason in one line.
 */
final class DrawingFileActions {
    private final Stage stage;
    private final PainDrawingViewModel model;
    private final ReadOnlyObjectProperty<Atlas> atlas;
    private final FileReads reads;
    private File lastDirectory;

    DrawingFileActions(Stage stage, PainDrawingViewModel model, ReadOnlyObjectProperty<Atlas> atlas, FileReads reads) {
        this.stage = stage;
        this.model = model;
        this.atlas = atlas;
        this.reads = reads;
    }

    void save() {
        FileChooser chooser = chooser();
        // .pain.json: the file type the installed app registers, so a double-click opens it here.
        chooser.setInitialFileName("pain-drawing-" + model.dateProperty().get() + ".pain.json");
        File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        remember(file);
        try {
            PainDrawingStore.save(file.toPath(), model.drawing());
        } catch (IOException e) {
            error(e);
        }
    }

    void open() {
        File file = choose();
        if (file != null) {
            open(file.toPath());
        }
    }

    void open(Path file) {
        read(file, drawing -> {
            model.activeProperty().set(true);
            model.open(drawing);
        });
    }

    /** Compares a saved drawing (before) with the one on the figure (after). */
    void compare() {
        File file = atlas.get() == null ? null : choose();
        if (file != null) {
            read(file.toPath(), this::showComparison);
        }
    }

    private void showComparison(PainDrawing before) {
        if (atlas.get() == null) {
            return;
        }
        PainDrawing after = model.drawing();
        Alert dialog = new Alert(Alert.AlertType.NONE, null, ButtonType.CLOSE);
        dialog.initOwner(stage);
        dialog.setTitle(Messages.get("compare.title"));
        dialog.getDialogPane().setContent(new DrawingComparisonView(atlas.get(), model, before, after));
        dialog.setResizable(true);
        dialog.show();
    }

    private File choose() {
        File file = chooser().showOpenDialog(stage);
        if (file != null) {
            remember(file);
        }
        return file;
    }

    private void read(Path file, Consumer<PainDrawing> then) {
        reads.read(file, PainDrawingStore::open, then, this::error);
    }

    private FileChooser chooser() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("draw.file"), "*.json"));
        if (lastDirectory != null && lastDirectory.isDirectory()) {
            chooser.setInitialDirectory(lastDirectory);
        }
        return chooser;
    }

    private void remember(File file) {
        Path parent = file.toPath().toAbsolutePath().getParent();
        lastDirectory = parent == null ? null : parent.toFile();
    }

    private void error(Throwable failure) {
        Dialogs.error(stage, "draw.file.error", failure);
    }
}
