package org.referralatlas.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.referralatlas.TestAtlases;
import org.referralatlas.lesson.Lesson;
import org.referralatlas.model.Atlas;
import org.referralatlas.ui.bodymap.BodyMapView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class PresentationViewTest {
    private final PresentationViewModel model = new PresentationViewModel();
    private boolean closed;

    @Start
    void start(Stage stage) {
        model.lessonProperty().set(new Lesson("Headaches", List.of(
                new Lesson.Step("upper-trapezius", "posterior", "right", null, "Most common source of temple pain"),
                new Lesson.Step("temporalis", "lateral", "left", "upper-trapezius", null))));
        PresentationView view = new PresentationView(model, new SimpleObjectProperty<Atlas>(TestAtlases.mini()),
                () -> closed = true);
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().add(getClass().getResource("/org/referralatlas/ui/projector.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        view.requestFocus();
    }

    private static String title(FxRobot robot) {
        return robot.lookup(".presentation-title").queryAs(Label.class).getText();
    }

    @Test
    void arrowKeysStepThroughTheLesson(FxRobot robot) {
        robot.clickOn("#presentation");
        assertEquals("Upper trapezius", title(robot));
        assertEquals("1 / 2", robot.lookup(".presentation-counter").queryAs(Label.class).getText());
        BodyMapView map = robot.lookup("#presentation-map").queryAs(BodyMapView.class);
        assertEquals("posterior", map.getViewId());
        robot.type(KeyCode.RIGHT);
        assertEquals(1, model.indexProperty().get());
        assertEquals("Temporalis  \u00B7  Upper trapezius", title(robot));
        assertEquals("lateral", map.getViewId());
        assertEquals("temporalis", map.getSelectedMuscleId());
        assertTrue(robot.lookup("#presentation-compare").query().isVisible(), "the comparison map is shown");
        assertFalse(map.isLegendVisible(), "two equal figures side by side: the key is said in words");
        assertTrue(robot.lookup(".presentation-key").query().isVisible());
        String compared = robot.lookup(".presentation-text").queryAs(Label.class).getText();
        assertTrue(compared.startsWith("Temporalis \u2014 Essential zone:") && compared.contains("\nUpper trapezius \u2014 "),
                "side by side, the text gives both patterns: " + compared);
        robot.type(KeyCode.RIGHT);
        assertEquals(1, model.indexProperty().get(), "stays on the last step");
        robot.type(KeyCode.C);
        assertFalse(robot.lookup("#presentation-compare").query().isVisible());
        robot.type(KeyCode.LEFT);
        assertEquals("Upper trapezius", title(robot));
    }

    @Test
    void equalStepsStillMoveTheCounterAndHomeGoesToTheStart(FxRobot robot) {
        Lesson.Step trapezius = new Lesson.Step("upper-trapezius", "posterior", "right", null, null);
        robot.interact(() -> {
            model.lessonProperty().set(new Lesson("Repeat", List.of(trapezius, trapezius,
                    new Lesson.Step("temporalis", null, "right", null, null), trapezius)));
            model.last();
        });
        robot.clickOn("#presentation");
        Label counter = robot.lookup(".presentation-counter").queryAs(Label.class);
        assertEquals("4 / 4", counter.getText());
        robot.type(KeyCode.LEFT);
        assertEquals("3 / 4", counter.getText());
        robot.type(KeyCode.LEFT);
        assertEquals("2 / 4", counter.getText());
        robot.type(KeyCode.HOME);
        assertEquals("1 / 4", counter.getText(), "Home shows the first slide even when it equals the second");
        robot.type(KeyCode.RIGHT);
        assertEquals("2 / 4", counter.getText(), "one press, one slide");
        robot.type(KeyCode.RIGHT);
        BodyMapView map = robot.lookup("#presentation-map").queryAs(BodyMapView.class);
        Atlas atlas = TestAtlases.mini();
        String best = org.referralatlas.export.Figures.bestView(atlas, atlas.muscle("temporalis").orElseThrow(),
                List.of()).id();
        assertNotEquals("posterior", best);
        assertEquals(best, map.getViewId(), "a step without a view shows the one that shows its pattern best");
    }

    @Test
    void aSlideShowsTheBestViewUnlessTheTeacherPickedOneAndDigitsPickIt(FxRobot robot) {
        Atlas atlas = TestAtlases.mini();
        String best = org.referralatlas.export.Figures.bestView(atlas, atlas.muscle("temporalis").orElseThrow(),
                List.of()).id();
        assertNotEquals("posterior", best);
        robot.interact(() -> model.lessonProperty().set(new Lesson("Views", List.of(
                // added while the posterior view was on screen: a record of the screen, not the teacher's pick
                new Lesson.Step("temporalis", "posterior", "right", null, null, false),
                new Lesson.Step("temporalis", "posterior", "right", null, null, true)))));
        robot.clickOn("#presentation");
        BodyMapView map = robot.lookup("#presentation-map").queryAs(BodyMapView.class);
        assertEquals(best, map.getViewId(), "not picked: the view that shows the pattern best");
        robot.type(KeyCode.RIGHT);
        assertEquals("posterior", map.getViewId(), "picked by the teacher: kept");

        List<String> views = atlas.views().stream().map(v -> v.id()).toList();
        robot.type(KeyCode.DIGIT1);
        assertEquals(views.get(0), map.getViewId());
        Lesson.Step picked = model.lessonProperty().get().steps().get(1);
        assertEquals(views.get(0), picked.view());
        assertTrue(picked.viewPicked(), "the pick is recorded in the lesson, to be saved with it");
        assertEquals(1, model.indexProperty().get(), "picking a view stays on the slide");
        robot.type(KeyCode.DIGIT0);
        assertEquals(best, map.getViewId(), "0: back to the best view");
        assertFalse(model.lessonProperty().get().steps().get(1).viewPicked());
    }

    @Test
    void theSpotlightStartsOnTheFiguresNotTheTitle(FxRobot robot) {
        robot.interact(() -> robot.lookup("#presentation").query().requestFocus());
        robot.type(KeyCode.S);
        javafx.scene.shape.Shape dark = robot.lookup("#spotlight").queryAs(javafx.scene.shape.Shape.class);
        Label title = robot.lookup(".presentation-title").queryAs(Label.class);
        var titleCentre = title.localToScene(title.getWidth() / 2, title.getHeight() / 2);
        var scene = title.getScene();
        assertTrue(dark.contains(dark.sceneToLocal(titleCentre)), "the title is in the dark");
        assertFalse(dark.contains(dark.sceneToLocal(scene.getWidth() / 2, scene.getHeight() / 2)),
                "the middle of the slide is lit");
    }

    @Test
    void typeIsProjectorSizedAndEscapeCloses(FxRobot robot) {
        robot.clickOn("#presentation");
        Label text = robot.lookup(".presentation-text").queryAs(Label.class);
        assertTrue(text.getFont().getSize() >= 28, "at least twice the normal 14px: " + text.getFont().getSize());
        assertTrue(text.getText().contains("Essential zone:"), text.getText());
        robot.type(KeyCode.S);
        assertTrue(robot.lookup("#spotlight").tryQuery().isPresent(), "spotlight on");
        robot.type(KeyCode.S);
        assertFalse(robot.lookup("#spotlight").tryQuery().isPresent(), "spotlight off");
        robot.type(KeyCode.ESCAPE);
        assertTrue(closed);
    }
}
