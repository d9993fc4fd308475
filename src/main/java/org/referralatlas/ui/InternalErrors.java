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

    static void install() {
        Thread.setDefaultUncaughtExceptionHandler(new InternalErrors());
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        // The logger is fetched here, not in a static field: Logback's start (some 650 classes and an
        // XML parse of logback.xml) would otherwise run on the JavaFX thread before the first frame.
        Logger log = LoggerFactory.getLogger(InternalErrors.class);
        log.error("uncaught in thread {}", thread.getName(), failure);
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
