package org.referralatlas.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.referralatlas.ui.FirstFrame;

/**
 * The baseline for {@code --measure-startup}: an empty JavaFX window of the same size, measured
 * the same way (JVM start to the second rendered frame). Run with the test class path; see README.
 */
public final class BareWindowStartup {

    private BareWindowStartup() {
    }

    /** Launched through a class that does not extend Application, as the app's jar is. */
    public static void main(String[] args) {
        Application.launch(Bare.class, args);
    }

    /** The bare window. */
    public static final class Bare extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(), 1280, 800));
            stage.show();
            FirstFrame.report("the first frame of a bare window");
        }
    }
}
