package org.referralatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.shape.SVGPath;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.referralatlas.TestAtlases;
import org.referralatlas.data.PainDrawingStore;
import org.referralatlas.model.PainDrawing;
import org.referralatlas.model.Point;
import org.referralatlas.ui.painfinder.DrawingComparisonView;
import org.referralatlas.ui.painfinder.PainDrawingViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A drawing saved, reopened, and compared with a smaller one: numbers and both drawings shown. */
@ExtendWith(ApplicationExtension.class)
class BrushComparisonViewTest {
    @TempDir
    static Path dir;

    private final PainDrawingViewModel model = new PainDrawingViewModel(java.time.Clock.systemDefaultZone());
    private PainDrawing before;

    @Start
    void start(Stage stage) throws Exception {
        model.useAtlas(TestAtlases.mini());
        model.viewIdProperty().set("lateral");
        model.brushRadiusProperty().set(10);
        model.stroke("lateral", List.of(new Point(430, 110), new Point(470, 110)), false);
        model.noteProperty().set("before treatment");
        Path file = dir.resolve("before.json");
        PainDrawingStore.save(file, model.drawing());
        before = PainDrawingStore.open(file);
        model.open(before);
        model.eraserProperty().set(true);
        model.stroke("lateral", List.of(new Point(460, 110), new Point(480, 110)), false); // pain shrank
        stage.setScene(new Scene(new DrawingComparisonView(TestAtlases.mini(), model, before, model.drawing()), 600, 700));
        stage.show();
    }

    @Test
    void showsTheShrinkageTheOverlapAndBothDrawings(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("before treatment", before.note(), "the note survives saving");
        String area = robot.lookup("#compare-area").queryAs(Label.class).getText();
        assertTrue(area.matches("Painted area: [\\d,]+ \u2192 [\\d,]+ square units \\(-\\d+ %\\)"), area);
        String jaccard = robot.lookup("#compare-jaccard").queryAs(Label.class).getText();
        double j = Double.parseDouble(jaccard.substring(jaccard.lastIndexOf(' ') + 1));
        assertTrue(j > 0.3 && j < 1, jaccard);
        List<SVGPath> painted = robot.lookup(".pain-drawing .painted-moderate").queryAllAs(SVGPath.class).stream().toList();
        assertEquals(2, painted.size(), "two small figures");
        assertTrue(painted.stream().noneMatch(p -> p.getContent().isEmpty()), "each shows its drawing");
        assertTrue(painted.get(0).getContent().length() > painted.get(1).getContent().length() / 2);
    }
}
