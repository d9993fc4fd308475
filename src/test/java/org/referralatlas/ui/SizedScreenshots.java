package org.referralatlas.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The screens of {@link ScreenTour} at a laptop's 1280x800 and a projector's 1920x1080, written to
 * {@code screenshots/sizes/SCREEN-WxH.png} by {@code mvn -Pscreenshots verify}; not in the default build.
 */
@ExtendWith(ApplicationExtension.class)
class SizedScreenshots {
    @RegisterExtension
    static final MainWindowFixture APP = MainWindowFixture.bundled();

    private final Path out = Path.of(System.getProperty("screenshots.dir", "screenshots"), "sizes");

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1280, 800", "1920, 1080"})
    void eachScreen(int width, int height, FxRobot robot) throws Exception {
        Files.createDirectories(out);
        // The presentation is projected: its slide is shot in the projector theme, the rest as on a laptop.
        new ScreenTour(APP.stage(), APP.model(), robot).run(width, height, false, screen -> shoot(screen, width, height));
        new ScreenTour(APP.stage(), APP.model(), robot).run(width, height, true, screen -> {
            if (screen.startsWith("presentation")) {
                shoot(screen, width, height);
            }
        });
    }

    private void shoot(String screen, int width, int height) throws Exception {
        var image = WaitForAsyncUtils.asyncFx(() -> APP.stage().getScene().snapshot(null)).get(30, TimeUnit.SECONDS);
        Path file = out.resolve(screen + "-" + width + "x" + height + ".png");
        Snapshots.write(image, file);
        assertTrue(Files.size(file) > 10_000, file + " looks empty");
    }
}
