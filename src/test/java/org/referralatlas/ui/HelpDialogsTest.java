package org.referralatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** F1 shows the shortcuts as a table whose cells are whole; About names the version, the atlas and the licences. */
@ExtendWith(ApplicationExtension.class)
class HelpDialogsTest {
    @RegisterExtension
    static final MainWindowFixture APP = MainWindowFixture.mini("help");

    @Test
    void f1ListsEveryShortcutInTwoColumnsNothingCut(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> APP.model().session().getAtlas() != null);
        robot.clickOn("#body-map").type(KeyCode.F1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#shortcut-table").tryQuery().isPresent());
        GridPane table = robot.lookup("#shortcut-table").queryAs(GridPane.class);
        List<String> cells = table.getChildren().stream().map(n -> ((Label) n).getText()).toList();
        assertTrue(cells.size() >= 30, "a row per shortcut: " + cells);
        // Generated from the action catalog: one row per mode, its key beside the mode's name.
        int explore = cells.indexOf("Ctrl+4");
        int study = cells.indexOf("Ctrl+7");
        assertTrue(explore >= 0 && cells.get(explore + 1).contains("Explore"), cells.toString());
        assertTrue(study >= 0 && cells.get(study + 1).contains("Study"), cells.toString());
        assertTrue(cells.stream().noneMatch(c -> c.contains("\t")), "no tab left to align by hand");
        List<String> problems = WaitForAsyncUtils.asyncFx(() -> LayoutCheck.problems(table.getScene()))
                .get(10, TimeUnit.SECONDS);
        assertEquals(List.of(), problems);
    }

    @Test
    void aboutNamesTheVersionTheAtlasAndTheLicences(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> APP.model().session().getAtlas() != null);
        robot.clickOn("Help").clickOn("About");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#about-text").tryQuery().isPresent());
        String about = robot.lookup("#about-text").queryLabeled().getText();
        var manifest = APP.model().session().getAtlas().manifest();
        assertTrue(about.contains("Version "), about);
        assertTrue(about.contains(manifest.title()) && about.contains(manifest.version()), about);
        assertTrue(about.contains("PDFBox (Apache 2.0)") && about.contains("OpenJFX"), about);
    }
}
