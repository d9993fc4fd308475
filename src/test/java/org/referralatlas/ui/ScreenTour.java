package org.referralatlas.ui;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.referralatlas.lesson.Lesson;
import org.referralatlas.ui.present.PresentationView;
import org.referralatlas.ui.shell.AppMode;
import org.referralatlas.ui.shell.MainViewModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks the real main window (bundled atlas) through the screens each user sees, at one window size and
 * theme, and stops at each for a look: explore, patient view, pain finder with candidates and red flags,
 * techniques, a study question and its feedback, and (projector theme) a presentation comparison slide.
 */
final class ScreenTour {
    /** What to do at each stop: check the layout, take a screenshot ... */
    interface Stop {
        void at(String screen) throws Exception;
    }

    private final Stage stage;
    private final MainViewModel model;
    private final FxRobot robot;

    ScreenTour(Stage stage, MainViewModel model, FxRobot robot) {
        this.stage = stage;
        this.model = model;
        this.robot = robot;
    }

    void run(int width, int height, boolean projector, Stop stop) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.session().getAtlas() != null);
        fx(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            if (projector) {
                stage.getScene().getStylesheets().add(css("projector.css"));
            }
        });
        fx(() -> {
            model.explore().showView("anterior");
            model.openMuscle("sternocleidomastoid-sternal");
        });
        settle(stop, "explore");
        fx(() -> model.explore().patientViewProperty().set(true));
        settle(stop, "patient-view");
        fx(() -> {
            model.explore().patientViewProperty().set(false);
            model.modeProperty().set(AppMode.PAIN_FINDER);
            model.explore().showView("lateral");
            model.painFinder().toggleRegion("temple");
            model.painFinder().toggleRegion("back-of-neck");
        });
        fx(() -> robot.lookup("#pain-candidates").queryAs(ListView.class).getSelectionModel().select(0));
        settle(stop, "pain-finder");
        fx(() -> model.explore().patientViewProperty().set(true));
        settle(stop, "patient-pain-finder");
        fx(() -> model.explore().patientViewProperty().set(false));
        var drawing = org.referralatlas.data.PainDrawingStore.open(java.nio.file.Path.of(
                "examples/temple-and-neck.drawing.json"));
        fx(() -> {
            model.painDrawing().activeProperty().set(true);
            model.painDrawing().open(drawing);
        });
        settle(stop, "pain-drawing");
        fx(() -> model.painDrawing().activeProperty().set(false));
        fx(() -> model.modeProperty().set(AppMode.TECHNIQUES));
        settle(stop, "techniques");
        fx(() -> model.modeProperty().set(AppMode.STUDY));
        MainWindowHarness.awaitStudyScreen(robot);
        robot.clickOn(robot.lookup("#study-decks .list-cell").nth(0).queryAs(Node.class));
        settle(stop, "study-question");
        robot.type(KeyCode.DIGIT1);
        robot.type(KeyCode.ENTER);
        settle(stop, "study-feedback");
        if (projector) {
            fx(() -> {
                model.presentation().lessonProperty().set(new Lesson("Temple headache", List.of(
                        new Lesson.Step("upper-trapezius", null, "right", null, null),
                        new Lesson.Step("temporalis", null, "right", "sternocleidomastoid-sternal",
                                "Both refer to the temple: compare where the pain sits."))));
                model.presentation().next();
                Scene scene = new Scene(new PresentationView(model.presentation(), model.session().atlasProperty(),
                        () -> { }), width, height);
                scene.getStylesheets().addAll(css("theme.css"), css("projector.css"));
                stage.setScene(scene);
                stage.setWidth(width);
                stage.setHeight(height);
            });
            settle(stop, "presentation-comparison");
        }
    }

    private static void settle(Stop stop, String screen) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        for (int pass = 0; pass < 2; pass++) { // a zoom-to-pattern, or a new stylesheet, takes a layout pass
            Thread.sleep(150);
            WaitForAsyncUtils.waitForFxEvents();
        }
        stop.at(screen);
    }

    static void fx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String css(String name) {
        return ScreenTour.class.getResource("/org/referralatlas/ui/" + name).toExternalForm();
    }
}
