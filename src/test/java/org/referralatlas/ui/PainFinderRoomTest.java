package org.referralatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.referralatlas.ui.shell.AppMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At a laptop's 1280x800 the pain finder's results have the wide pane: every ranked candidate is laid out
 * (the list never scrolls inside a small box) and every red flag is shown whole, on the bundled atlas's
 * temple and back of the neck (fourteen warnings).
 */
@ExtendWith(ApplicationExtension.class)
class PainFinderRoomTest {
    @RegisterExtension
    static final MainWindowFixture APP = MainWindowFixture.bundled();

    @Test
    void theWholeRankedListAndEveryWarningAreReadable(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> APP.model().session().getAtlas() != null);
        ScreenTour.fx(() -> { // after the window placed itself (it remembers and fits sizes)
            APP.stage().setWidth(1280);
            APP.stage().setHeight(800);
        });
        ScreenTour.fx(() -> {
            APP.model().modeProperty().set(AppMode.PAIN_FINDER);
            APP.model().painFinder().toggleRegion("temple");
            APP.model().painFinder().toggleRegion("back-of-neck");
        });
        for (int pass = 0; pass < 3; pass++) { // the list is measured after a layout pass
            Thread.sleep(100);
            WaitForAsyncUtils.waitForFxEvents();
        }
        int ranked = APP.model().painFinder().candidates().size();
        assertTrue(ranked >= 5 && APP.model().painFinder().redFlags().size() >= 10,
                ranked + " candidates, " + APP.model().painFinder().redFlags().size() + " warnings");

        Region results = robot.lookup("#pain-results").queryAs(Region.class);
        assertEquals(1280, APP.stage().getWidth(), 1);
        assertTrue(results.getWidth() >= 0.35 * APP.stage().getWidth(), "the results have the wide pane: " + results.getWidth());

        ListView<?> list = robot.lookup("#pain-candidates").queryListView();
        long rows = robot.from(list).lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.isVisible() && !c.isEmpty()).count();
        assertEquals(ranked, rows, "every candidate is laid out");
        assertFalse(robot.from(list).lookup(".scroll-bar").queryAllAs(ScrollBar.class).stream()
                .anyMatch(b -> b.getOrientation() == Orientation.VERTICAL && b.isVisible()),
                "the list does not scroll inside its box");

        Node flags = robot.lookup("#red-flags").query();
        var warnings = robot.from(flags).lookup(".label").queryAllAs(Label.class);
        assertEquals(APP.model().painFinder().redFlags().size() + 1, warnings.size(), "a title and every warning");
        for (Label w : warnings) {
            assertTrue(w.getHeight() + 1 >= w.prefHeight(w.getWidth()), "shown whole: " + w.getText());
            assertTrue(LayoutCheck.truncated(w).isEmpty(), "not cut: " + w.getText());
        }
        assertTrue(robot.lookup("#red-flags-ahead").query().isVisible(), "the top of the results says warnings apply");
    }
}
