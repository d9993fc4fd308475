package org.referralatlas.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.model.Atlas;
import org.referralatlas.ui.Messages;
import org.referralatlas.ui.bodymap.BodyMapCss;
import org.referralatlas.ui.bodymap.BodyMapView;
import org.referralatlas.ui.figure.FigureBinding;
import org.referralatlas.ui.figure.FigureViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * One trigger point's pattern alone, as Travell &amp; Simons draw one figure per trigger point: the
 * detail pane's link focuses it, the map draws only its zones and X, the link brings all back, and a
 * new selection starts with every trigger point again.
 */
@ExtendWith(ApplicationExtension.class)
class TriggerPointFocusTest {
    private static final Atlas ATLAS = new AtlasLoader().loadBundled().atlas();
    private final FigureViewModel figure = new FigureViewModel();
    private final ExploreViewModel model = new ExploreViewModel(figure);
    private BodyMapView map;

    @Start
    void start(Stage stage) {
        model.useAtlas(ATLAS);
        model.showView("posterior");
        map = new BodyMapView();
        map.setAtlas(ATLAS);
        FigureBinding.bind(map, figure); // as in the main window: the map follows the figure one way
        MuscleDetailView detail = new MuscleDetailView(model, id -> { });
        stage.setScene(new Scene(new HBox(map, detail), 1400, 800));
        stage.show();
    }

    private static long marks(FxRobot robot) {
        return robot.lookup("." + BodyMapCss.TRIGGER_POINT).queryAll().stream().filter(n -> !inLegend(n)).count();
    }

    private static long zones(FxRobot robot) {
        return robot.lookup("." + BodyMapCss.ZONE_ESSENTIAL).queryAll().stream().filter(n -> !inLegend(n)).count();
    }

    private static boolean inLegend(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p.getStyleClass().contains(BodyMapCss.LEGEND)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theLinkShowsOneTriggerPointAloneAndBringsAllBack(FxRobot robot) {
        robot.interact(() -> model.selectMuscle("upper-trapezius"));
        long allMarks = marks(robot);
        long allZones = zones(robot);
        assertEquals(2, allMarks, "TrP1 and TrP2 are both placed in the posterior view");

        robot.clickOn("#focus-upper-trapezius-tp1");
        assertEquals("upper-trapezius-tp1", map.getFocusedTriggerPointId());
        assertEquals(1, marks(robot));
        assertTrue(zones(robot) < allZones, "only TrP1's zones");
        Hyperlink link = robot.lookup("#focus-upper-trapezius-tp1").queryAs(Hyperlink.class);
        assertEquals(Messages.format("detail.showAll"), link.getText());
        assertTrue(link.isFocused(), "the keyboard stays on the link just followed");

        robot.clickOn("#focus-upper-trapezius-tp1");
        assertNull(map.getFocusedTriggerPointId());
        assertEquals(allMarks, marks(robot));

        robot.clickOn("#focus-upper-trapezius-tp2");
        robot.interact(() -> model.selectMuscle("levator-scapulae"));
        assertNull(model.focusedTriggerPointProperty().get(), "a new muscle shows all its trigger points");
        assertNull(map.getFocusedTriggerPointId());
    }

    @Test
    void anotherMuscleIsReadFromTheTop(FxRobot robot) {
        robot.interact(() -> model.selectMuscle("upper-trapezius"));
        MuscleDetailView detail = robot.lookup("." + org.referralatlas.ui.Styles.DETAIL).queryAs(MuscleDetailView.class);
        robot.interact(() -> detail.setVvalue(detail.getVmax()));
        assertTrue(detail.getVvalue() > 0);
        robot.interact(() -> model.selectMuscle("levator-scapulae"));
        assertEquals(0, detail.getVvalue(), 1e-9, "the detail pane starts at the new muscle's name");
    }
}
