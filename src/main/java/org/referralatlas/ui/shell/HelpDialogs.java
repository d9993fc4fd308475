package org.referralatlas.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.referralatlas.model.Atlas;
import org.referralatlas.ui.Messages;

/** F1's shortcut table and the About box. */
final class HelpDialogs {
    private HelpDialogs() {
    }

    /**
     * The shortcuts as a two-column table (keys, what they do), built from "keys TAB description" lines
     * (the {@link ActionCatalog}'s list): keys and descriptions never wrap into each other.
     */
    static GridPane shortcutTable(String text) {
        GridPane grid = new GridPane();
        grid.setId("shortcut-table");
        grid.setHgap(24);
        grid.setVgap(4);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints what = new ColumnConstraints();
        what.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(keys, what);
        int row = 0;
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\t+", 2);
            Label key = new Label(parts[0].trim());
            key.setStyle("-fx-font-weight: bold;");
            Label description = new Label(parts.length > 1 ? parts[1].trim() : "");
            description.setWrapText(true);
            grid.addRow(row++, key, description);
        }
        return grid;
    }

    static void showShortcuts(Window owner, String shortcutList) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("shortcuts.title"));
        alert.setHeaderText(Messages.get("shortcuts.title"));
        alert.getDialogPane().setContent(shortcutTable(shortcutList));
        alert.setResizable(true);
        alert.show();
    }

    /** What the app is, its version, the atlas open and the licences of the libraries it ships. */
    static String aboutText(Atlas atlas) {
        String version = HelpDialogs.class.getPackage().getImplementationVersion();
        StringBuilder text = new StringBuilder(Messages.get("dialog.about.text")).append("\n\n")
                .append(Messages.format("dialog.about.version",
                        version == null ? Messages.get("dialog.about.development") : version));
        if (atlas != null) {
            text.append('\n').append(Messages.format("dialog.about.atlas", atlas.manifest().title(),
                    atlas.manifest().version(), atlas.manifest().licence()));
        }
        return text.append("\n\n").append(Messages.get("dialog.about.libraries")).toString();
    }

    static void showAbout(Window owner, Atlas atlas) {
        Label text = new Label(aboutText(atlas));
        text.setId("about-text");
        text.setWrapText(true);
        text.setPrefWidth(520);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.OK);
        alert.initOwner(owner);
        alert.setHeaderText(Messages.get("app.title"));
        alert.getDialogPane().setContent(text);
        alert.show();
    }
}
