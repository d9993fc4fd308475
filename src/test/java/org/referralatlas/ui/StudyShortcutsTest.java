package org.referralatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.referralatlas.ui.shell.AppMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The window's shortcuts keep working in Study mode, where plain digits answer the question. */
@ExtendWith(ApplicationExtension.class)
class StudyShortcutsTest {
    @RegisterExtension
    static final MainWindowFixture APP = MainWindowFixture.mini("study-shortcuts");

    @Test
    void ctrlDigitsChangeModeAndViewWhileADigitAnswers(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> APP.model().session().getAtlas() != null);
        robot.interact(() -> APP.model().modeProperty().set(AppMode.STUDY));
        MainWindowHarness.awaitStudyScreen(robot);
        robot.clickOn(robot.lookup("#study-decks .list-cell").nth(0).queryAs(Node.class));
        String prompt = robot.lookup("#study-prompt").queryLabeled().getText();
        assertFalse(robot.lookup("#view-switch").query().isVisible(), "the main figure's view switch is not the quiz's");

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        assertEquals(prompt, robot.lookup("#study-prompt").queryLabeled().getText(), "Ctrl+1 is not an answer");
        assertTrue(robot.lookup("#study-feedback").queryLabeled().getText().isEmpty(), "nothing was submitted");

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        assertEquals(AppMode.EXPLORE, APP.model().modeProperty().get(), "Ctrl+4 goes to Explore from Study");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        assertEquals("lateral", APP.model().explore().viewIdProperty().get(), "Ctrl+2 shows the lateral view");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT7).release(KeyCode.CONTROL);
        assertEquals(AppMode.STUDY, APP.model().modeProperty().get(), "Ctrl+7 goes back to Study");
        assertTrue(robot.lookup("#view-switch").tryQuery().map(n -> !n.isVisible()).orElse(true));
    }
}
