package org.referralatlas.ui.bodymap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.referralatlas.TestAtlases;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Point;
import org.referralatlas.model.TriggerPoint;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A student in the right lateral view clicks the shoulder and arm muscles a side view shows (issue 13):
 * a click where each one's trigger point lies selects that muscle, and its trigger points are drawn.
 */
@ExtendWith(ApplicationExtension.class)
class LateralShoulderClickTest {
    /** Each click lands far from the one before (two close clicks would be a double-click: a zoom). */
    static final List<String> SHOULDER = List.of("latissimus-dorsi", "pectoralis-major", "teres-major",
            "serratus-anterior", "biceps-brachii", "teres-minor", "deltoid", "triceps-brachii");
    static final Atlas ATLAS = TestAtlases.bundled();
    BodyMapView map;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(map = new BodyMapView(ATLAS, "lateral"), 600, 780)); // the side view, all of it
        stage.show();
    }

    @Test
    void aClickOnEachShoulderMuscleInTheSideViewSelectsIt(FxRobot robot) {
        List<String> wrong = new ArrayList<>();
        for (String id : SHOULDER) {
            robot.interact(() -> map.setSelectedMuscleId(null));
            TriggerPoint tp = ATLAS.muscle(id).orElseThrow().triggerPoints().stream()
                    .filter(t -> t.positions().containsKey("lateral")).findFirst().orElseThrow();
            Point p = tp.positions().get("lateral");
            var skin = (BodyMapViewSkin) map.getSkin();
            robot.clickOn(skin.designToScreen(p.x(), p.y()), MouseButton.PRIMARY);
            WaitForAsyncUtils.waitForFxEvents();
            if (!id.equals(map.getSelectedMuscleId())) {
                wrong.add(id + " at " + p + " selected " + map.getSelectedMuscleId());
            }
        }
        assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
        long marks = robot.lookup(".trigger-point").queryAll().stream()
                .filter(n -> !BodyMapViewTest.inLegend(n)).count();
        String last = SHOULDER.get(SHOULDER.size() - 1);
        assertEquals(ATLAS.muscle(last).orElseThrow().triggerPoints().stream()
                .filter(t -> t.positions().containsKey("lateral")).count(), marks,
                last + ": its side-view trigger points");
    }
}
