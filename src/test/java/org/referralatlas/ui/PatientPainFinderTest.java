package org.referralatlas.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.referralatlas.TestAtlases;
import org.referralatlas.ui.shell.MainViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The patient view hides clinical detail everywhere on screen, the pain finder included: no scores, score
 * bars, shares of the drawing or trigger-point reasons; the candidates and the key speak the patient's words.
 */
@ExtendWith(ApplicationExtension.class)
class PatientPainFinderTest {
    /** What a therapist reads and a patient should not: "score 0.82", "41 %", "TrP1 refers to ...", "essential". */
    private static final Pattern CLINICAL = Pattern.compile(
            "score|\\d\\.\\d\\d|\\d+ %|TrP\\d|refers to|[Ee]ssential|[Ss]pillover|Best combination");

    @TempDir
    static Path studyData;

    private MainViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) throws BackingStoreException {
        this.stage = stage;
        stage.setWidth(1280);
        stage.setHeight(800);
        model = MainWindowHarness.open(stage, "referral-atlas-test-patient", studyData, TestAtlases.MINI);
    }

    @Test
    void regionResultsAndTheKeyAreInThePatientsWords(FxRobot robot) throws Exception {
        awaitAtlas();
        robot.clickOn("#mode-pain-finder");
        robot.interact(() -> {
            model.painFinder().toggleRegion("temple");
            model.painFinder().toggleRegion("behind-the-eye");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown().stream().anyMatch(t -> CLINICAL.matcher(t).find()),
                "the therapist sees scores and reasons: " + shown());
        assertTrue(scoreBarsShown());

        robot.clickOn("#patient-view");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> texts = shown();
        assertFalse(texts.stream().anyMatch(t -> CLINICAL.matcher(t).find()), "clinical text shown: " + texts);
        assertFalse(scoreBarsShown(), "no score bars");
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Main pain area: temple")), texts.toString());
        assertTrue(texts.contains("Pain may also spread here") || texts.stream()
                .anyMatch(t -> t.startsWith("Pain may also spread here")), "the patient's key: " + texts);
    }

    @Test
    void aDrawingsResultsShowNoSharesInThePatientView(FxRobot robot) throws Exception {
        awaitAtlas();
        robot.clickOn("#mode-pain-finder");
        robot.clickOn("#pain-draw");
        robot.interact(() -> paintTemple(model));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown().stream().anyMatch(t -> t.contains("%")), "the therapist sees shares: " + shown());

        robot.clickOn("#patient-view");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> texts = shown();
        assertFalse(texts.stream().anyMatch(t -> CLINICAL.matcher(t).find()), "clinical text shown: " + texts);
        assertFalse(scoreBarsShown(), "no share bars");
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Main pain area:")), texts.toString());
    }

    /** Paints a stroke across the temple on the view the map shows. */
    static void paintTemple(MainViewModel model) {
        String view = model.painDrawing().viewIdProperty().get();
        model.painDrawing().stroke(view,
                org.referralatlas.ui.painfinder.Strokes.across(model.session().getAtlas(), "temple", view), false);
    }

    private void awaitAtlas() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.session().getAtlas() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The text of every Labeled and every plain Text (the figure's key) the user can see in the window (its
     * node and all its parents visible); a Labeled's own text node is not counted twice.
     */
    private List<String> shown() {
        List<String> texts = new ArrayList<>();
        visit(stage.getScene().getRoot(), n -> {
            if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
                texts.add(l.getText());
            } else if (n instanceof javafx.scene.text.Text t && !(t.getParent() instanceof Labeled)
                    && t.getText() != null && !t.getText().isBlank()) {
                texts.add(t.getText());
            }
        });
        return texts;
    }

    private boolean scoreBarsShown() {
        List<Node> bars = new ArrayList<>();
        visit(stage.getScene().getRoot(), n -> {
            if (n instanceof ProgressBar p && p.getStyleClass().contains(Styles.SCORE_BAR)) {
                bars.add(p);
            }
        });
        return !bars.isEmpty();
    }

    private static void visit(Node node, java.util.function.Consumer<Node> action) {
        if (!node.isVisible()) {
            return;
        }
        action.accept(node);
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> visit(c, action));
        }
    }
}
