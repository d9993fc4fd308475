package org.referralatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.referralatlas.ui.shell.AtlasSession;
import org.referralatlas.ui.shell.MainViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Starting on a broken atlas folder (--atlas DIR) opens the bundled atlas and lists the folder's problems. */
@ExtendWith(ApplicationExtension.class)
class AtlasFallbackTest {
    @TempDir
    static Path temp;

    private MainViewModel model;
    private Path broken;

    @Start
    void start(Stage stage) throws Exception {
        broken = Files.createDirectories(temp.resolve("broken-atlas"));
        Files.writeString(broken.resolve("atlas.json"), "{ \"id\": \"Bad Id\"\n  \"title\": \"x\" }");
        model = MainWindowHarness.open(stage, "fallback", temp.resolve("study"), broken);
    }

    @Test
    void theBundledAtlasStandsInAndTheDialogSaysSo(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.session().getAtlas() != null);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#atlas-problems").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents(); // the atlas's listeners finish on the JavaFX thread
        assertEquals(AtlasSession.BUNDLED, model.session().sourceProperty().get());
        String header = robot.lookup(".dialog-pane").queryAs(DialogPane.class).getHeaderText();
        assertTrue(header.contains("bundled atlas instead"), header);
        assertFalse(header.contains("keeps the atlas it had"), header);
        String problems = robot.lookup("#atlas-problems").queryAs(TextArea.class).getText();
        assertTrue(problems.contains("atlas.json"), problems);
        String status = robot.lookup("." + Styles.STATUS_TEXT).queryAs(javafx.scene.text.Text.class).getText();
        assertFalse(status.contains("Loading"), "the status line no longer waits for an atlas: " + status);
    }
}
