package org.referralatlas.ui;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import org.referralatlas.text.ErrorText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A failure nobody caught: logged with its cause and stack, shown to the user as one line that
 * says where the details are. Installed once by {@link App#start}.
 */
final class InternalErrors implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(InternalErrors.class);

    static void install() {
        Thread.setDefaultUncaughtExceptionHandler(new InternalErrors());
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        LOG.error("uncaught in thread {}", thread.getName(), failure);
        String line = message(failure);
        if (Platform.isFxApplicationThread()) {
            show(line);
        } else {
            Platform.runLater(() -> show(line));
        }
    }

    /** The one line the user sees. */
    static String message(Throwable failure) {
        return Messages.format("error.internal", ErrorText.oneLine(failure));
    }

    private static void show(String line) {
        Alert alert = new Alert(Alert.AlertType.ERROR, line, ButtonType.OK);
        alert.setHeaderText(Messages.get("error.internal.header"));
        alert.show();
    }
}
