package org.referralatlas.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.referralatlas.scene.Role;
import org.referralatlas.ui.bodymap.BodyMapCss;
import org.referralatlas.ui.bodymap.BodyMapView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window zooms the figure onto the selected muscle's pattern; the figure's context then fills the
 * map. At a laptop's 1280x800 and a projector's 1920x1080 the key (legend) must not lie over the zoomed
 * figure: it takes the corner of its strip that the figure leaves clear (issue 13).
 */
@ExtendWith(ApplicationExtension.class)
class KeyClearOfZoomedFigureTest {
    @RegisterExtension
    static final MainWindowFixture APP = MainWindowFixture.bundled();

    /**
     * A head or neck pattern is always zoomed onto (the head stays large); a shoulder pattern that already fills
     * the frame may keep it (stable framing: the pectoralis major after the same view at another size).
     */
    @ParameterizedTest(name = "{2} in the {1} view at {0}")
    @CsvSource({"1280x800, anterior, sternocleidomastoid-sternal, true",
            "1920x1080, anterior, sternocleidomastoid-sternal, true",
            "1280x800, lateral, temporalis, true", "1920x1080, lateral, temporalis, true",
            "1280x800, posterior, upper-trapezius, true", "1920x1080, posterior, upper-trapezius, true",
            "1280x800, anterior, pectoralis-major, false", "1920x1080, anterior, pectoralis-major, false"})
    void theKeyLiesClearOfTheFigureZoomedOntoAPattern(String size, String view, String muscle, boolean mustZoom,
            FxRobot robot) throws Exception {
        String[] wh = size.split("x");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> APP.model().session().getAtlas() != null);
        ScreenTour.fx(() -> {
            APP.stage().setWidth(Integer.parseInt(wh[0]));
            APP.stage().setHeight(Integer.parseInt(wh[1]));
            APP.model().explore().showView(view);
            APP.model().openMuscle(muscle);
        });
        for (int pass = 0; pass < 3; pass++) { // the zoom onto the pattern, then the key's layout
            Thread.sleep(150);
            WaitForAsyncUtils.waitForFxEvents();
        }
        List<String> problems = WaitForAsyncUtils.asyncFx(() -> keyOverFigure(robot, mustZoom)).get(30, TimeUnit.SECONDS);
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    private static List<String> keyOverFigure(FxRobot robot, boolean mustZoom) {
        BodyMapView map = robot.lookup(".body-map").queryAs(BodyMapView.class);
        Node key = map.lookup("." + BodyMapCss.LEGEND);
        List<String> problems = new ArrayList<>();
        if (mustZoom && map.getZoom() <= 1) {
            problems.add("the figure was not zoomed onto the pattern (zoom " + map.getZoom() + ")");
        }
        if (key == null || !key.isVisible()) {
            problems.add("no key shown");
            return problems;
        }
        Bounds k = key.localToScene(key.getBoundsInLocal());
        List<Node> skin = List.copyOf(map.lookupAll("." + Role.ART_SILHOUETTE.styleClass()));
        int covered = 0;
        int n = 16;
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= n; j++) {
                Point2D p = new Point2D(k.getMinX() + k.getWidth() * i / n, k.getMinY() + k.getHeight() * j / n);
                if (skin.stream().anyMatch(s -> s.contains(s.sceneToLocal(p)))) {
                    covered++;
                }
            }
        }
        if (covered > 0) {
            problems.add(String.format(Locale.ROOT, "the key at [%.0f,%.0f %.0fx%.0f] lies over the figure at %d of %d"
                    + " points (map %s, zoom %.2f)", k.getMinX(), k.getMinY(), k.getWidth(), k.getHeight(), covered,
                    (n + 1) * (n + 1), map.getLayoutBounds(), map.getZoom()));
        }
        return problems;
    }
}
