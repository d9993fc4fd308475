package org.referralatlas.ui.bodymap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.scene.shape.SVGPath;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.export.Palette;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The screen draws with the palette the export reads: standalone (bodymap.css imports it) and themed. */
@ExtendWith(ApplicationExtension.class)
class PaletteCssTest {
    BodyMapView map;
    Scene scene;

    @Start
    void start(Stage stage) {
        map = new BodyMapView(new AtlasLoader().loadBundled().atlas(), "posterior");
        scene = new Scene(map, 900, 700);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aMapOnItsOwnDrawsWithTheLightPalette(FxRobot robot) {
        robot.interact(() -> map.setSelectedMuscleId("upper-trapezius"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(awt(Palette.light().color("muscle-selected")), fill(robot, "#upper-trapezius"));
        assertEquals(awt(Palette.light().color("essential")), fill(robot, "." + BodyMapCss.ZONE_ESSENTIAL));
    }

    @Test
    void theProjectorThemeOverridesTheTokensOnTheMap(FxRobot robot) {
        robot.interact(() -> {
            scene.getStylesheets().add(getClass().getResource("/org/referralatlas/ui/theme.css").toExternalForm());
            scene.getStylesheets().add(getClass().getResource("/org/referralatlas/ui/projector.css").toExternalForm());
            map.setSelectedMuscleId("upper-trapezius");
        });
        WaitForAsyncUtils.waitForFxEvents();
        Color projector = awt(Palette.load(Palette.PROJECTOR).color("essential"));
        assertTrue(!projector.equals(awt(Palette.light().color("essential"))), "the themes differ here");
        assertEquals(projector, fill(robot, "." + BodyMapCss.ZONE_ESSENTIAL));
    }

    private static Color fill(FxRobot robot, String selector) {
        Node node = robot.lookup(selector).queryAll().stream()
                .filter(n -> n instanceof SVGPath && !BodyMapViewTest.inLegend(n)).findFirst().orElseThrow();
        return (Color) ((SVGPath) node).getFill();
    }

    private static Color awt(java.awt.Color c) {
        return Color.rgb(c.getRed(), c.getGreen(), c.getBlue(), c.getAlpha() / 255.0);
    }
}
