package org.referralatlas.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Muscle;
import org.referralatlas.ui.Styles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The detail pane writes another muscle into the lines it already has (a click costs their texts, not
 * new labels), and what it shows is exactly what a pane built fresh for that muscle shows.
 */
@ExtendWith(ApplicationExtension.class)
class DetailReuseTest {
    private static final Atlas ATLAS = new AtlasLoader().loadBundled().atlas();
    private final ExploreViewModel model = new ExploreViewModel();
    private MuscleDetailView detail;

    @Start
    void start(Stage stage) {
        model.useAtlas(ATLAS);
        detail = new MuscleDetailView(model, id -> { });
        stage.setScene(new Scene(detail, 500, 800));
        stage.show();
    }

    private List<Node> lines() {
        return List.copyOf(((VBox) detail.getContent()).getChildren());
    }

    private static String text(Node n) {
        return n instanceof Label l ? "L " + l.getStyleClass() + " " + l.getText() + " #" + l.getId()
                : "H " + ((Hyperlink) n).getText() + " #" + n.getId();
    }

    /** What a new pane shows for the muscle selected now. */
    private List<String> fresh() {
        ExploreViewModel other = new ExploreViewModel();
        other.useAtlas(ATLAS);
        other.patientViewProperty().set(model.patientViewProperty().get());
        other.selectMuscle(model.getSelected().id());
        VBox box = (VBox) new MuscleDetailView(other, id -> { }).getContent();
        return box.getChildren().stream().map(DetailReuseTest::text).toList();
    }

    @Test
    void anotherMuscleReusesTheLinesAndShowsWhatAFreshPaneShows(FxRobot robot) {
        List<Muscle> muscles = ATLAS.muscles().stream().toList();
        robot.interact(() -> model.selectMuscle(muscles.get(0).id()));
        List<Node> first = lines();
        robot.interact(() -> model.selectMuscle(muscles.get(1).id()));
        List<Node> second = lines();
        robot.interact(() -> assertEquals(fresh(), second.stream().map(DetailReuseTest::text).toList()));
        int shared = Math.min(first.size(), second.size());
        long reused = second.subList(0, shared).stream().filter(first::contains).count();
        assertTrue(reused >= shared * 3 / 4, reused + " of " + shared + " lines reused");
        assertSame(first.get(0), second.get(0), "the title line stays the same label");

        for (Muscle m : muscles) {
            robot.interact(() -> {
                model.selectMuscle(m.id());
                assertEquals(fresh(), lines().stream().map(DetailReuseTest::text).toList(), m.id());
            });
        }
    }

    @Test
    void thePatientViewAndBackShowWhatAFreshPaneShows(FxRobot robot) {
        String id = ATLAS.muscles().stream().filter(m -> m.techniques().size() > 1).findFirst().orElseThrow().id();
        robot.interact(() -> model.selectMuscle(id));
        robot.interact(() -> model.patientViewProperty().set(true));
        robot.interact(() -> {
            List<String> shown = lines().stream().map(DetailReuseTest::text).toList();
            assertEquals(fresh(), shown);
            assertTrue(shown.stream().anyMatch(s -> s.contains("#patient-technique-")));
        });
        robot.interact(() -> model.patientViewProperty().set(false));
        robot.interact(() -> {
            List<String> shown = lines().stream().map(DetailReuseTest::text).toList();
            assertEquals(fresh(), shown);
            assertFalse(shown.stream().anyMatch(s -> s.contains("#patient-technique-")), "no id left over");
        });
        robot.interact(() -> model.selectMuscle(null));
        List<Node> none = lines();
        assertEquals(1, none.size());
        assertTrue(((Label) none.get(0)).getStyleClass().contains(Styles.HINT));
        assertNull(none.get(0).getId());
    }
}
