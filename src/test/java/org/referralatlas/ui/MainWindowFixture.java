package org.referralatlas.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.referralatlas.ui.shell.AtlasSession;
import org.referralatlas.ui.shell.MainViewModel;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window for an end-to-end TestFX test, so that each test class does not declare the
 * same data folder, fields and start method again. Register it after TestFX's extension:
 * <pre>{@code
 * @ExtendWith(ApplicationExtension.class)
 * class SomeFlowTest {
 *     @RegisterExtension
 *     static final MainWindowFixture APP = MainWindowFixture.mini("some-flow");
 * }</pre>
 * Before each test the window is opened on TestFX's stage (as {@link MainWindowHarness} wires it,
 * loading the atlas off the JavaFX thread); after each test the dialogs it left open are closed. The
 * study data folder is a temporary folder of the class, deleted after its last test.
 */
final class MainWindowFixture implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
        AfterAllCallback {
    /** Preferences node of a window on the mini atlas; null for the bundled atlas (memory preferences). */
    private final String prefsNode;
    private Path studyData;
    private Stage stage;
    private MainViewModel model;

    private MainWindowFixture(String prefsNode) {
        this.prefsNode = prefsNode;
    }

    /** The window on the bundled atlas, as a user first sees it. */
    static MainWindowFixture bundled() {
        return new MainWindowFixture(null);
    }

    /** The window on the mini test atlas, with preferences under {@code prefsNode}. */
    static MainWindowFixture mini(String prefsNode) {
        return new MainWindowFixture(prefsNode);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        studyData = Files.createTempDirectory("referral-atlas-ui-test");
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            try {
                model = prefsNode == null ? MainWindowHarness.openBundled(stage, studyData)
                        : MainWindowHarness.open(stage, prefsNode, studyData, org.referralatlas.TestAtlases.MINI);
            } catch (java.util.prefs.BackingStoreException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.getOwner() != null).toList()
                .forEach(w -> ((Stage) w).close())).get();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try (Stream<Path> walk = Files.walk(studyData)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    Stage stage() {
        return stage;
    }

    MainViewModel model() {
        return model;
    }

    AtlasSession session() {
        return model.session();
    }

    /** The user's study data folder the window saves to. */
    Path studyData() {
        return studyData;
    }
}
