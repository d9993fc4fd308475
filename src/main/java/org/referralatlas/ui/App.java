package org.referralatlas.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Muscle;

/** The application window. The one place where the UI's objects are created and wired. */
public final class App extends Application {

    /** Called by the {@code Launcher}; runs until the window closes. */
    public static void launchApp(String[] args) {
        Application.launch(App.class, args);
    }

    @Override
    public void start(Stage stage) {
        Path atlasDir = atlasArgument(getParameters().getRaw());
        StackPane root = new StackPane(new ProgressIndicator());
        stage.setTitle("Referral Atlas");
        stage.setScene(new Scene(root, 1280, 800));
        stage.show();

        Task<AtlasLoader.Result> load = new Task<>() {
            @Override
            protected AtlasLoader.Result call() {
                AtlasLoader loader = new AtlasLoader();
                return atlasDir == null ? loader.loadBundled() : loader.load(atlasDir);
            }
        };
        load.setOnSucceeded(e -> {
            AtlasLoader.Result result = load.getValue();
            if (result.ok()) {
                root.getChildren().setAll(browser(result.atlas()));
                stage.setTitle("Referral Atlas: " + result.atlas().manifest().title());
            } else {
                TextArea problems = new TextArea(String.join("\n",
                        result.problems().stream().map(p -> p.format()).toList()));
                problems.setEditable(false);
                root.getChildren().setAll(new BorderPane(problems, new Label("The atlas has problems:"),
                        null, null, null));
            }
        });
        Thread thread = new Thread(load, "atlas-loader");
        thread.setDaemon(true);
        thread.start();
    }

    private static BorderPane browser(Atlas atlas) {
        ListView<Muscle> list = new ListView<>();
        list.getItems().setAll(atlas.muscles());
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Muscle m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : m.name());
            }
        });
        TextArea detail = new TextArea();
        detail.setEditable(false);
        detail.setWrapText(true);
        list.getSelectionModel().selectedItemProperty().addListener((o, old, m) ->
                detail.setText(m == null ? "" : m.name() + "\n\n" + m.patientSummary()));
        return new BorderPane(detail, null, null, null, list);
    }

    static Path atlasArgument(List<String> raw) {
        for (int i = 0; i < raw.size(); i++) {
            if (raw.get(i).equals("--atlas") && i + 1 < raw.size()) {
                return Path.of(raw.get(i + 1));
            }
            if (raw.get(i).startsWith("--atlas=")) {
                return Path.of(raw.get(i).substring("--atlas=".length()));
            }
        }
        return null;
    }
}
