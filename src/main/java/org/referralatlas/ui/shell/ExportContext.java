package org.referralatlas.ui.shell;

import java.io.File;
import java.util.concurrent.Executor;
import javafx.stage.Stage;

/**
 * What the window's export actions share: the window that owns their dialogs, the view model they
 * export from, and the executor that renders off the JavaFX thread.
 */
record ExportContext(Stage stage, MainViewModel model, Executor background) {
    /** Asks where to save one kind of file; null when cancelled. */
    File saveAs(String filterName, String pattern, String initialName) {
        return Dialogs.fileChooser(filterName, pattern, initialName, null).showSaveDialog(stage);
    }

    void error(Throwable failure) {
        Dialogs.error(stage, "export.failed", failure);
    }
}
