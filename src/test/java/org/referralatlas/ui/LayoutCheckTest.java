package org.referralatlas.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen at the sizes people use (a laptop, a small laptop, a projector), in the normal and the
 * projector theme, on the bundled atlas: no label cut short, no control outside the window, the key off
 * the selected muscle's zones. See {@link LayoutCheck} and {@link ScreenTour}.
 */
@ExtendWith(ApplicationExtension.class)
class LayoutCheckTest {
    @RegisterExtension
    static final MainWindowFixture APP = MainWindowFixture.bundled();

    @ParameterizedTest(name = "{0} theme at {1}x{2}")
    @CsvSource({"normal, 1280, 800", "normal, 1366, 768", "normal, 1920, 1080",
            "projector, 1280, 800", "projector, 1366, 768", "projector, 1920, 1080"})
    void everyScreenFits(String theme, int width, int height, FxRobot robot) throws Exception {
        List<String> problems = new ArrayList<>();
        new ScreenTour(APP.stage(), APP.model(), robot).run(width, height, theme.equals("projector"), screen ->
                WaitForAsyncUtils.asyncFx(() -> LayoutCheck.problems(APP.stage().getScene())).get(30, TimeUnit.SECONDS)
                        .forEach(p -> problems.add(screen + ": " + p)));
        assertTrue(problems.isEmpty(), problems.size() + " layout problems:\n" + String.join("\n", problems));
    }
}
