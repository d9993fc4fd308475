package org.referralatlas.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.lesson.Lesson;
import org.referralatlas.ui.present.PresentationView;
import org.referralatlas.ui.shell.AppMode;
import org.referralatlas.ui.shell.AtlasSession;
import org.referralatlas.ui.shell.MainViewModel;
import org.referralatlas.ui.shell.MainWindow;
import org.referralatlas.ui.shell.StudyServices;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Regenerates the app's screenshots (each mode, the patient view, presentation mode) with the
 * bundled atlas: {@code mvn -o -Pscreenshots verify}. Not part of the default build.
 */
@ExtendWith(ApplicationExtension.class)
class AppScreenshots {
    @TempDir
    static Path studyData;

    private final Path out = Path.of(System.getProperty("screenshots.dir", "screenshots"));
    private Stage stage;
    private AtlasSession session;
    private MainViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        session = new AtlasSession(new AtlasLoader(), Executors.newSingleThreadExecutor(), Platform::runLater);
        model = new MainViewModel(session, Clock.systemDefaultZone());
        Preferences prefs = new MemoryPreferences();
        prefs.putDouble("width", 1600);
        prefs.putDouble("height", 1000);
        new MainWindow(stage, model, prefs, Executors.newSingleThreadExecutor(),
                StudyServices.inFolder(studyData, Clock.systemDefaultZone(), new Random(7)));
        session.openBundled();
        stage.show();
    }

    private void shoot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        var image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(30, TimeUnit.SECONDS);
        Files.createDirectories(out);
        Path file = out.resolve(name);
        Snapshots.write(image, file);
        assertTrue(Files.size(file) > 10_000, file + " looks empty");
    }

    private void fx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void eachModeAndPresentation(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> session.getAtlas() != null);
        fx(() -> {
            model.explore().showView("posterior");
            model.openMuscle("upper-trapezius");
        });
        shoot("app-explore.png");

        fx(() -> {
            model.modeProperty().set(AppMode.PAIN_FINDER);
            model.explore().showView("lateral");
            model.painFinder().toggleRegion("temple");
            model.painFinder().toggleRegion("behind-the-eye");
        });
        robot.clickOn(robot.lookup("#pain-candidates .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        shoot("app-pain-finder.png");

        // The suboccipital group's one row with its members, scrolled into view and selected.
        javafx.scene.control.ListView<org.referralatlas.query.PainLookup.Candidate> list =
                robot.lookup("#pain-candidates").queryListView();
        fx(() -> {
            int group = 0;
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i).isGroup()) {
                    group = i;
                }
            }
            list.scrollTo(group);
            list.getSelectionModel().select(group);
        });
        shoot("app-pain-finder-group.png");

        // The armpit: its warnings first, no referral candidate, the trigger points that lie there.
        fx(() -> {
            model.painFinder().clear();
            model.explore().selectMuscle(null);
            model.explore().showView("anterior");
            model.painFinder().toggleRegion("armpit");
        });
        shoot("app-pain-finder-armpit.png");

        var drawing = org.referralatlas.data.PainDrawingStore.open(Path.of("src/test/resources/drawings/temple-and-neck.json"));
        fx(() -> {
            model.painFinder().clear();
            model.explore().selectMuscle(null);
            model.painDrawing().activeProperty().set(true);
            model.explore().showView("lateral");
            model.painDrawing().open(drawing);
        });
        robot.clickOn(robot.lookup("#drawing-candidates .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        fx(() -> { // zoom onto the head and neck, where the drawing is
            var map = robot.lookup("#body-map").queryAs(org.referralatlas.ui.bodymap.BodyMapView.class);
            var node = robot.lookup("#temporalis").query();
            var at = map.screenToLocal(node.localToScreen(420, 190));
            map.zoomBy(2, at.getX(), at.getY());
        });
        shoot("app-pain-drawing.png");
        fx(() -> robot.lookup("#body-map").queryAs(org.referralatlas.ui.bodymap.BodyMapView.class).resetView());
        fx(() -> model.painDrawing().activeProperty().set(false));

        fx(() -> model.goTo(new org.referralatlas.query.SearchHit(org.referralatlas.query.SearchHit.Kind.TECHNIQUE,
                model.session().getAtlas().techniques().stream()
                        .filter(t -> t.category() == org.referralatlas.model.TechniqueCategory.SELF_CARE)
                        .findFirst().orElseThrow().id(), "", "", 1)));
        shoot("app-techniques.png");

        fx(() -> {
            model.explore().showView("anterior");
            model.openMuscle("sternocleidomastoid-sternal");
            model.explore().patientViewProperty().set(true);
        });
        shoot("app-patient-view.png");
        fx(() -> model.explore().patientViewProperty().set(false));

        fx(() -> {
            model.presentation().lessonProperty().set(new Lesson("Temple headache", List.of(
                    new Lesson.Step("upper-trapezius", "lateral", "right", null, null),
                    new Lesson.Step("temporalis", "lateral", "right", "upper-trapezius",
                            "Both refer to the temple: compare where the pain sits."))));
            model.presentation().next();
            PresentationView view = new PresentationView(model.presentation(), session.atlasProperty(), () -> { });
            Scene scene = new Scene(view, 1600, 1000);
            scene.getStylesheets().addAll(getClass().getResource("/org/referralatlas/ui/theme.css").toExternalForm(),
                    getClass().getResource("/org/referralatlas/ui/projector.css").toExternalForm());
            stage.setScene(scene);
        });
        shoot("presentation.png");
    }
}
