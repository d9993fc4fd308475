package org.referralatlas.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.referralatlas.text.ErrorText;
import org.referralatlas.ui.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The window's error dialog, one way for every action. */
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

    /** Logs {@code failure} with its cause and stack, and shows it to the user as one line. */
    static void error(Window owner, String headerKey, Throwable failure) {
        LOG.warn("{}: {}", Messages.get(headerKey), failure.toString(), failure);
        error(owner, headerKey, ErrorText.oneLine(failure));
    }
}
