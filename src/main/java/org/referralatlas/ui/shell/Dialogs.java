package org.referralatlas.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.referralatlas.ui.Messages;

/** The window's error dialog, one way for every action. */
final class Dialogs {
    private Dialogs() {
    }

    /** Shows an error owned by {@code owner}, with a header from the bundle and the problem in words. */
    static void error(Window owner, String headerKey, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setHeaderText(Messages.get(headerKey));
        alert.show();
    }
}
