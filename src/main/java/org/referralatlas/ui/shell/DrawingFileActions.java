package org.referralatlas.ui.shell;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
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

/** Save, open and compare pain drawings through file choosers; problems are shown, never thrown. */
final class DrawingFileActions {
    private final Stage stage;
    private final PainDrawingViewModel model;
    private final ReadOnlyObjectProperty<Atlas> atlas;
    private File lastDirectory;

    DrawingFileActions(Stage stage, PainDrawingViewModel model, ReadOnlyObjectProperty<Atlas> atlas) {
        this.stage = stage;
        this.model = model;
        this.atlas = atlas;
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
        show(choose());
    }

    void open(Path file) {
        show(read(file.toFile()));
    }

    private void show(PainDrawing drawing) {
        if (drawing != null) {
            model.activeProperty().set(true);
            model.open(drawing);
        }
    }

    /** Compares a saved drawing (before) with the one on the figure (after). */
    void compare() {
        if (atlas.get() == null) {
            return;
        }
        PainDrawing before = choose();
        if (before == null) {
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

    private PainDrawing choose() {
        File file = chooser().showOpenDialog(stage);
        return file == null ? null : read(file);
    }

    private PainDrawing read(File file) {
        remember(file);
        try {
            return PainDrawingStore.open(file.toPath());
        } catch (IOException e) {
            error(e);
            return null;
        }
    }

    private FileChooser chooser() {
        return Dialogs.fileChooser(Messages.get("draw.file"), "*.json", null, lastDirectory);
    }

    private void remember(File file) {
        Path parent = file.toPath().toAbsolutePath().getParent();
        lastDirectory = parent == null ? null : parent.toFile();
    }

    private void error(Throwable failure) {
        Dialogs.error(stage, "draw.file.error", failure);
    }
}
