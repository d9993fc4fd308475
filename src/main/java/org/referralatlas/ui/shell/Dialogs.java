package org.referralatlas.ui.shell;

import java.io.File;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.referralatlas.text.ErrorText;
import org.referralatlas.ui.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The window's error dialog and file chooser, one way for every action. */
final class Dialogs {
    private static final Logger LOG = LoggerFactory.getLogger(Dialogs.class);

    private Dialogs() {
    }

    /** Shows an error owned by {@code owner}, with a header from the bundle and the problem in words. */
    static void error(Window owner, String headerKey, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setHeaderText(Messages.get(headerKey));
        alert.show();
    }

    /**
     * A file chooser for one kind of file: the filter's name and pattern ({@code *.pdf}), and optionally the
     * suggested file name and the folder to start in (ignored unless it is a folder). One for every action.
     */
    static FileChooser fileChooser(String filterName, String pattern, String initialName, File initialFolder) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, pattern));
        if (initialName != null) {
            chooser.setInitialFileName(initialName);
        }
        if (initialFolder != null && initialFolder.isDirectory()) {
            chooser.setInitialDirectory(initialFolder);
        }
        return chooser;
    }

    /** Logs {@code failure} with its cause and stack, and shows it to the user as one line. */
    static void error(Window owner, String headerKey, Throwable failure) {
        LOG.warn("{}: {}", Messages.get(headerKey), failure.toString(), failure);
        error(owner, headerKey, ErrorText.oneLine(failure));
    }
}
