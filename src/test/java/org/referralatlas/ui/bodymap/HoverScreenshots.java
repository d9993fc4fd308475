package org.referralatlas.ui.bodymap;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.shape.SVGPath;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.model.Side;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Regenerates {@code screenshots/bodymap-hover.png}: a selected muscle (solid accent outline, its pattern)
 * and, under the pointer, another muscle (dotted hover outline and its name top left), so the two can be
 * told apart by eye. Not a regular test: {@code mvn -o -Pscreenshots verify}.
 */
@ExtendWith(ApplicationExtension.class)
class HoverScreenshots {
    private BodyMapView map;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        map = new BodyMapView(new AtlasLoader().loadBundled().atlas(), "lateral");
        map.setSide(Side.RIGHT);
        Scene scene = new Scene(map, 1000, 800);
        scene.getStylesheets().add(getClass().getResource("/org/referralatlas/ui/theme.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void hoverBesideASelection(FxRobot robot) throws Exception {
        robot.interact(() -> map.setSelectedMuscleId("sternocleidomastoid-sternal"));
        SVGPath hovered = robot.lookup("#upper-trapezius").queryAs(SVGPath.class);
        assertTrue(pointAt(robot, hovered), "the pointer rests on the upper trapezius");
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = stage.getScene().snapshot(null));
        Path out = Path.of(System.getProperty("screenshots.dir", "screenshots"));
        Files.createDirectories(out);
        org.referralatlas.ui.Snapshots.write(shot[0], out.resolve("bodymap-hover.png"));
        assertTrue(Files.size(out.resolve("bodymap-hover.png")) > 10_000, "the screenshot is not empty");
    }

    /** Moves the pointer onto a point of the node that the node itself receives (not one covered by another). */
    private static boolean pointAt(FxRobot robot, SVGPath node) {
        Bounds b = node.getBoundsInLocal();
        for (double fy = 0.5; fy < 0.95; fy += 0.1) {
            for (double fx = 0.3; fx < 0.95; fx += 0.1) {
                double x = b.getMinX() + fx * b.getWidth(), y = b.getMinY() + fy * b.getHeight();
                if (node.contains(x, y)) {
                    Point2D screen = node.localToScreen(x, y);
                    robot.moveTo(screen);
                    WaitForAsyncUtils.waitForFxEvents();
                    if (node.isHover()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
