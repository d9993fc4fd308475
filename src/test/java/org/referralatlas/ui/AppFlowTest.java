package org.referralatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.referralatlas.model.Atlas;
import org.referralatlas.query.PainLookup;
import org.referralatlas.ui.bodymap.BodyMapView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** End-to-end flows through the real main window, headless under Monocle. */
@ExtendWith(ApplicationExtension.class)
class AppFlowTest {
    @RegisterExtension
    static final MainWindowFixture APP = MainWindowFixture.mini("referral-atlas-test");

    private void awaitAtlas() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> APP.session().getAtlas() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> texts(FxRobot robot, String styleClass) {
        return robot.lookup("." + styleClass).queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @Test
    void exploreFromTheListAndFromTheFigure(FxRobot robot) throws Exception {
        awaitAtlas();
        robot.clickOn("Temporalis");
        assertEquals(List.of("Temporalis"), texts(robot, Styles.TITLE));
        assertTrue(texts(robot, Styles.TRIGGER_POINT).get(0).startsWith("TrP1: Anterior fibres"));
        assertTrue(texts(robot, Styles.ZONE_ESSENTIAL).contains("Essential zone: Temple, Upper teeth"));
        BodyMapView map = robot.lookup("#body-map").queryAs(BodyMapView.class);
        assertEquals("temporalis", map.getSelectedMuscleId());

        robot.clickOn("#view-posterior");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(map.getZoom() > 1, "the figure zooms to the selected temporalis' pattern");
        // Back to the whole figure (what the 0 key does), then click inside the muscle (at its trigger
        // point), not at the centre of its bounding box.
        robot.interact(map::resetView);
        Node trapezius = robot.lookup("#upper-trapezius").query();
        robot.clickOn(trapezius.localToScreen(500, 296));
        assertEquals("upper-trapezius", APP.model().explore().getSelected().id());
        assertEquals(List.of("Upper trapezius"), texts(robot, Styles.TITLE));
        robot.clickOn("#view-lateral");
        assertEquals("lateral", map.getViewId());
        assertEquals("upper-trapezius", map.getSelectedMuscleId(), "switching views keeps the selection");
    }

    @Test
    void theKeyCanBeHiddenAndShownFromTheKeyboard(FxRobot robot) throws Exception {
        awaitAtlas();
        robot.clickOn("Temporalis");
        Node key = robot.lookup(".body-map-legend").query();
        assertTrue(key.isVisible(), "the key shows by default");
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!key.isVisible(), "Ctrl+K hides the key, so it covers nothing of the figure");
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(key.isVisible(), "Ctrl+K again brings it back");
    }

    @Test
    void patientViewUsesPlainWordsAndHidesInvasiveTechniquesUntilAsked(FxRobot robot) throws Exception {
        awaitAtlas();
        robot.clickOn("Upper trapezius");
        robot.clickOn("#patient-view");
        List<String> plain = texts(robot, Styles.PLAIN);
        assertTrue(plain.get(0).startsWith("The muscle on top of your shoulder"), plain.toString());
        assertTrue(robot.lookup("#patient-technique-self-massage-ball").tryQuery().isPresent());
        assertTrue(robot.lookup("." + Styles.TRIGGER_POINT).tryQuery().isEmpty(), "no clinical detail");
        robot.clickOn("Temporalis");
        assertTrue(texts(robot, Styles.RED_FLAG).stream().anyMatch(t -> t.startsWith("Sudden, worst-ever headache")),
                "red flags for a head pattern");
        robot.clickOn("#patient-view");
        assertTrue(robot.lookup("." + Styles.TRIGGER_POINT).tryQuery().isPresent());
    }

    @Test
    void painFinderWithTwoRegions(FxRobot robot) throws Exception {
        awaitAtlas();
        robot.clickOn("#mode-pain-finder");
        tick(robot, "Temple");
        tick(robot, "Behind the eye");
        assertEquals(List.of("temple", "behind-the-eye"), APP.model().painFinder().chosenRegions());
        ListView<PainLookup.Candidate> candidates = robot.lookup("#pain-candidates").queryListView();
        assertEquals("suboccipitals", candidates.getItems().get(0).muscle().id());
        assertTrue(robot.lookup("#red-flags").query().isVisible(), "red flags shown for head regions");
        robot.clickOn("Suboccipital muscles");
        BodyMapView map = robot.lookup("#body-map").queryAs(BodyMapView.class);
        assertEquals("suboccipitals", map.getSelectedMuscleId(), "the candidate's pattern is drawn");
        assertEquals(java.util.Set.of("temple", "behind-the-eye"), map.getChosenRegionIds());
        robot.clickOn("Undo");
        assertEquals(List.of("temple"), APP.model().painFinder().chosenRegions());
    }

    private static void tick(FxRobot robot, String regionName) {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ListCell<?> cell = robot.lookup("#pain-regions .list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> c.isVisible() && regionName.equals(c.getText()))
                .queryAs(javafx.scene.control.ListCell.class);
        robot.clickOn(robot.from(cell).lookup(".check-box").queryAs(Node.class));
    }

    @Test
    void studyModeReplacesTheFigureAndComesBack(FxRobot robot) throws Exception {
        awaitAtlas();
        robot.clickOn("#mode-study");
        MainWindowHarness.awaitStudyScreen(robot);
        assertTrue(robot.lookup("#study").tryQuery().isPresent(), "the study screen is shown");
        assertTrue(robot.lookup("#body-map").tryQuery().isEmpty());
        robot.type(KeyCode.F5);
        Node study = robot.lookup("#study").query();
        assertTrue(study.getStyleClass().contains(org.referralatlas.ui.study.StudyStyles.PRESENTATION),
                "F5 in study mode projects a class quiz");
        Stage stage = (Stage) study.getScene().getWindow();
        assertTrue(stage.isFullScreen());
        WaitForAsyncUtils.asyncFx(() -> stage.setFullScreen(false)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!study.getStyleClass().contains(org.referralatlas.ui.study.StudyStyles.PRESENTATION));
        robot.clickOn("#mode-explore");
        assertTrue(robot.lookup("#body-map").tryQuery().isPresent());
    }

    @Test
    void studentsBuildTheirOwnDeckAndSeeStatistics(FxRobot robot) throws Exception {
        awaitAtlas();
        robot.clickOn("#mode-study");
        MainWindowHarness.awaitStudyScreen(robot);
        robot.clickOn("#study-new-deck");
        robot.clickOn("#study-deck-name").write("Headache muscles");
        javafx.scene.control.ListCell<?> cell = robot.lookup(".list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> c.isVisible() && "Temporalis".equals(c.getText()))
                .queryAs(javafx.scene.control.ListCell.class);
        robot.clickOn(robot.from(cell).lookup(".check-box").queryAs(Node.class));
        robot.clickOn("OK");
        ListView<org.referralatlas.study.Deck> decks = robot.lookup("#study-decks").queryListView();
        org.referralatlas.study.Deck mine = decks.getItems().stream().filter(d -> d.name().equals("Headache muscles"))
                .findFirst().orElseThrow();
        assertEquals(List.of("temporalis"), mine.muscles());
        assertTrue(Files.exists(APP.studyData().resolve("decks.json")), "saved in the user's data folder");
        robot.clickOn("#study-statistics");
        javafx.scene.control.TableView<?> table = robot.lookup("#study-statistics-table").queryAs(
                javafx.scene.control.TableView.class);
        assertEquals(4, table.getItems().size(), "one row per muscle of the atlas");
    }

    @Test
    void searchGoesToTheItem(FxRobot robot) throws Exception {
        awaitAtlas();
        robot.clickOn("#search").write("traps");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> APP.model().explore().getSelected() != null);
        assertEquals("upper-trapezius", APP.model().explore().getSelected().id());
        robot.clickOn("#search").write("tennis ball");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> APP.model().techniques().selectedProperty().get() != null);
        assertEquals("self-massage-ball", APP.model().techniques().selectedProperty().get().id());
    }

    @Test
    void anInvalidAtlasShowsEveryProblemAndKeepsTheLastGoodAtlas(FxRobot robot, @TempDir Path dir) throws Exception {
        awaitAtlas();
        Atlas good = APP.session().getAtlas();
        Files.writeString(dir.resolve("atlas.json"), "{\n  \"id\": \"Bad Id\",\n  \"title\": 3\n}\n");
        Platform.runLater(() -> APP.session().open(dir));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#atlas-problems").tryQuery().isPresent());
        String problems = robot.lookup("#atlas-problems").queryAs(TextArea.class).getText();
        assertTrue(problems.contains("atlas.json:2:3: $.id: \"Bad Id\" is not a valid id"), problems);
        assertTrue(problems.contains("atlas.json:3:3: $.title: expected a string, found an integer"), problems);
        assertTrue(problems.contains("missing required field \"files\""), problems);
        assertSame(good, APP.session().getAtlas());
        Node list = robot.lookup("#muscle-list").query();
        assertTrue(list.isVisible());
    }

}
