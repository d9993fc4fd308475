package org.referralatlas.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.referralatlas.ui.Messages;

/**
 * The dialog that lists what is wrong with an atlas that failed to load (file, line, column, field for
 * each problem) and says whether the app went on with the bundled atlas or the last good one.
 */
final class AtlasProblemsDialog {
    private AtlasProblemsDialog() {
    }

    static void show(Stage stage, AtlasSession.LoadOutcome failure) {
        Alert alert = new Alert(Alert.AlertType.ERROR, null, ButtonType.OK);
        alert.initOwner(stage);
        alert.setTitle(Messages.get("dialog.invalid.title"));
        alert.setHeaderText(Messages.format(failure.fellBackToBundled() ? "dialog.invalid.header.fallback"
                : "dialog.invalid.header", failure.source(), failure.problems().size()));
        TextArea problems = new TextArea(String.join("\n", failure.problems().stream().map(p -> p.format()).toList()));
        problems.setId("atlas-problems");
        problems.setEditable(false);
        problems.setWrapText(false);
        problems.setPrefColumnCount(90);
        problems.setPrefRowCount(Math.min(20, failure.problems().size() + 1));
        alert.getDialogPane().setContent(problems);
        alert.setResizable(true);
        alert.show();
    }
}
