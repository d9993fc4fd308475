package org.referralatlas.ui.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.referralatlas.TestAtlases;
import org.referralatlas.model.Point;
import org.referralatlas.model.Side;
import org.referralatlas.study.DeckStore;
import org.referralatlas.study.ProgressStore;
import org.referralatlas.study.Question;
import org.referralatlas.study.QuizKind;
import org.referralatlas.ui.bodymap.BodyMapCss;
import org.referralatlas.ui.bodymap.BodyMapView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Quiz flows through the real study screen, headless under Monocle. */
@ExtendWith(ApplicationExtension.class)
class StudyViewTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private StudyViewModel model;

    @Start
    void start(Stage stage) {
        model = new StudyViewModel(TestAtlases.mini(), new ProgressStore(dir, CLOCK), new DeckStore(dir, CLOCK),
                CLOCK, new Random(3));
        Scene scene = new Scene(new StudyView(model, TestAtlases.mini()), 1200, 760);
        // As in the app: the theme brings the palette's tokens.
        scene.getStylesheets().add(getClass().getResource("/org/referralatlas/ui/theme.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void startJaw(FxRobot robot, QuizKind kind) {
        robot.interact(() -> model.chooseKinds(Set.of(kind)));
        robot.clickOn("Jaw");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void multipleChoiceIsSelectedThenSubmittedWithEnterThenFinishes(FxRobot robot) {
        assertEquals(StudyView.text("study.prompt.choose-deck"), text(robot, "#study-prompt"));
        startJaw(robot, QuizKind.NAME_THE_MUSCLE);
        Question.NameTheMuscle q = (Question.NameTheMuscle) model.questionProperty().get();
        assertEquals(StudyView.text("study.prompt.name-the-muscle"), text(robot, "#study-prompt"));
        assertEquals(StudyView.text("study.progress", 1, 0), text(robot, "#study-progress"));
        assertEquals(2, robot.lookup("#study-figure ." + BodyMapCss.MARKS + " ." + BodyMapCss.ZONE_ESSENTIAL).queryAll().size(), "temple and upper teeth");

        robot.clickOn("#study-option-" + (q.answerIndex() == 0 ? 2 : 1));
        assertEquals("", text(robot, "#study-feedback"), "the first click selects, it does not submit");
        robot.type(KeyCode.valueOf("DIGIT" + (q.answerIndex() + 1)));
        assertEquals("", text(robot, "#study-feedback"), "a digit selects too");
        assertTrue(((javafx.scene.control.ToggleButton) robot.lookup("#study-option-" + (q.answerIndex() + 1)).query())
                .isSelected());
        robot.type(KeyCode.ENTER);

        assertTrue(text(robot, "#study-feedback").startsWith("Correct: Temporalis"), text(robot, "#study-feedback"));
        Node chosen = robot.lookup("#study-option-" + (q.answerIndex() + 1)).query();
        assertTrue(chosen.getStyleClass().contains(StudyStyles.CORRECT));
        assertEquals(1, new ProgressStore(dir, CLOCK).load().progress().cards().size());

        robot.type(KeyCode.ENTER);
        assertEquals(StudyView.text("study.prompt.finished"), text(robot, "#study-prompt"));
    }

    @Test
    void aRegionQuestionIsAnsweredWithDigitsAndEnter(FxRobot robot) {
        startJaw(robot, QuizKind.REGION_MUSCLES);
        assertTrue(text(robot, "#study-prompt").contains("Upper teeth"), text(robot, "#study-prompt"));
        int temporalis = model.options().stream().map(o -> o.id()).toList().indexOf("temporalis") + 1;
        robot.type(KeyCode.valueOf("DIGIT" + temporalis));
        assertTrue(((javafx.scene.control.ToggleButton) robot.lookup("#study-option-" + temporalis).query()).isSelected());
        robot.type(KeyCode.ENTER);
        assertEquals(1, model.feedbackProperty().get().score().value());
        assertTrue(text(robot, "#study-feedback").startsWith("Muscles that refer there: Temporalis"), text(robot, "#study-feedback"));
    }

    @Test
    void presentationModeEnlargesTheText(FxRobot robot) {
        StudyView view = robot.lookup("#study-view").queryAs(StudyView.class);
        double normal = robot.lookup("#study-prompt").queryAs(Label.class).getFont().getSize();
        robot.interact(() -> {
            view.setPresentation(true);
            view.applyCss();
        });
        double projected = robot.lookup("#study-prompt").queryAs(Label.class).getFont().getSize();
        assertTrue(projected > normal * 1.3, normal + " -> " + projected);
    }

    @Test
    void aWrongChoiceIsMarkedAndTheRightOneShownBesideIt(FxRobot robot) {
        startJaw(robot, QuizKind.NAME_THE_MUSCLE);
        Question.NameTheMuscle q = (Question.NameTheMuscle) model.questionProperty().get();
        int wrong = q.answerIndex() == 0 ? 2 : 1;
        robot.clickOn("#study-option-" + wrong);
        assertEquals("", text(robot, "#study-feedback"), "a click selects; the Submit button answers");
        robot.clickOn("#study-action");
        assertTrue(text(robot, "#study-feedback").startsWith("Not quite. The answer: Temporalis"));
        assertTrue(robot.lookup("#study-option-" + wrong).query().getStyleClass().contains(StudyStyles.WRONG));
        assertTrue(robot.lookup("#study-option-" + (q.answerIndex() + 1)).query().getStyleClass()
                .contains(StudyStyles.CORRECT));
    }

    @Test
    void clickingTheTriggerPointShowsTheTargetBesideTheClick(FxRobot robot) {
        startJaw(robot, QuizKind.FIND_TRIGGER_POINT);
        Question.FindTriggerPoint q = (Question.FindTriggerPoint) model.questionProperty().get();
        assertFalse(robot.lookup("#study-correct").query().isVisible(), "no answer shown before answering");
        BodyMapView figure = robot.lookup("#study-figure").queryAs(BodyMapView.class);
        robot.clickOn(figure.designToScreen(q.targets().get(0).at()));

        assertEquals(1, model.feedbackProperty().get().score().value(), 0.05);
        assertTrue(robot.lookup("#study-correct").query().isVisible());
        assertEquals(1, robot.lookup("#study-correct-figure ." + BodyMapCss.MARKS + " ." + BodyMapCss.TRIGGER_POINT).queryAll().size());
        assertEquals(1, robot.lookup("#study-figure ." + BodyMapCss.MARKS + " ." + BodyMapCss.MARK_CLICK).queryAll().size());
        String feedback = robot.lookup("#study-feedback").queryLabeled().getText();
        boolean landmarks = TestAtlases.mini().view(q.viewId()).orElseThrow().landmark("menton").isPresent();
        assertTrue(landmarks ? feedback.contains(" cm from the trigger point") && !feedback.contains("units")
                : feedback.contains("units"), feedback);
    }

    @Test
    void zonesCanBeMarkedWithTheKeyboardAndTheCorrectPatternAppears(FxRobot robot) {
        startJaw(robot, QuizKind.MARK_ZONES);
        robot.type(KeyCode.UP, 20).type(KeyCode.SPACE).type(KeyCode.B).type(KeyCode.RIGHT).type(KeyCode.SPACE);
        assertFalse(model.marking().essentialProperty().get().isEmpty());
        assertFalse(model.marking().spilloverProperty().get().isEmpty());
        robot.type(KeyCode.ENTER);

        assertTrue(model.feedbackProperty().get() != null);
        assertEquals(2, robot.lookup("#study-correct-figure ." + BodyMapCss.MARKS + " ." + BodyMapCss.ZONE_ESSENTIAL).queryAll().size());
        assertEquals(1, robot.lookup("#study-correct-figure ." + BodyMapCss.MARKS + " ." + BodyMapCss.ZONE_SPILLOVER).queryAll().size());
        assertTrue(text(robot, "#study-feedback").startsWith("Essential "), text(robot, "#study-feedback"));
    }

    @Test
    void questionsAlternateSidesAndTheLeftSideIsAMirroredFigureThatMirrorsClicksBack(FxRobot robot) {
        robot.interact(() -> model.chooseKinds(Set.of(QuizKind.FIND_TRIGGER_POINT)));
        robot.clickOn("Head");
        WaitForAsyncUtils.waitForFxEvents();
        BodyMapView figure = robot.lookup("#study-figure").queryAs(BodyMapView.class);
        for (Side expected : List.of(Side.RIGHT, Side.LEFT)) {
            assertEquals(expected, model.sideProperty().get());
            assertTrue(text(robot, "#study-caption-yours").endsWith(StudyView.text(
                    expected == Side.LEFT ? "study.side.left" : "study.side.right")), text(robot, "#study-caption-yours"));
            Question.FindTriggerPoint q = (Question.FindTriggerPoint) model.questionProperty().get();
            Point target = q.targets().get(0).at();
            double midline = TestAtlases.mini().view(q.viewId()).orElseThrow().midlineX();
            double onScreen = figure.designToScreen(target).getX() - figure.designToScreen(new Point(midline, target.y())).getX();
            // Mirrored, what is authored right of the midline is drawn left of it, and the other way round.
            assertEquals(expected == Side.LEFT ? -Math.signum(target.x() - midline) : Math.signum(target.x() - midline),
                    Math.signum(onScreen), expected + " side of " + q.viewId());

            robot.clickOn(figure.designToScreen(target));
            assertEquals(1, model.feedbackProperty().get().score().value(), 0.05, "a click on the drawn trigger point");
            robot.type(KeyCode.ENTER);
        }
    }

    @Test
    void onTheLeftSideTheArrowsMoveTheCursorTheWayItLooks(FxRobot robot) {
        robot.interact(() -> model.chooseKinds(Set.of(QuizKind.FIND_TRIGGER_POINT)));
        robot.clickOn("Head");
        robot.type(KeyCode.N);
        assertEquals(Side.LEFT, model.sideProperty().get());
        double before = model.marking().cursorProperty().get().x();
        robot.interact(() -> model.moveCursor(1, 0));
        assertTrue(model.marking().cursorProperty().get().x() < before, "right arrow on a mirrored figure");
    }
}
