package org.referralatlas.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.data.AtlasProblem;
import org.referralatlas.model.Atlas;
import org.referralatlas.ui.Messages;

/**
 * The atlas the app works on. Loads off the JavaFX thread; a failed load reports its problems and
 * keeps the last good atlas.
 */
public final class AtlasSession {
    /**
     * A load that failed: where from, its problems, and whether the app, having no atlas yet, opened the
     * bundled one instead (else it keeps the atlas it had).
     */
    public record LoadOutcome(String source, List<AtlasProblem> problems, boolean fellBackToBundled) {
    }

    private final AtlasLoader loader;
    private final Executor background;
    private final Executor ui;
    private final ReadOnlyObjectWrapper<Atlas> atlas = new ReadOnlyObjectWrapper<>(this, "atlas");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper(this, "source", "");
    private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>(this, "folder");
    private final ReadOnlyObjectWrapper<LoadOutcome> lastFailure = new ReadOnlyObjectWrapper<>(this, "lastFailure");

    /**
     * @param background runs loads (a worker thread in the app, the calling thread in tests)
     * @param ui         publishes results (Platform::runLater in the app)
     */
    public AtlasSession(AtlasLoader loader, Executor background, Executor ui) {
        this.loader = loader;
        this.background = background;
        this.ui = ui;
    }

    public ReadOnlyObjectProperty<Atlas> atlasProperty() { return atlas.getReadOnlyProperty(); }

    public Atlas getAtlas() { return atlas.get(); }

    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }

    /** Where the current atlas came from, in words: a folder, or the bundled atlas (from the bundle). */
    public ReadOnlyStringProperty sourceProperty() { return source.getReadOnlyProperty(); }

    /** The folder of the current atlas; null for the bundled atlas (or before the first load). */
    public ReadOnlyObjectProperty<Path> folderProperty() { return folder.getReadOnlyProperty(); }

    /** Loads the current atlas again from where it came from. */
    public void reload() {
        if (folder.get() == null) {
            openBundled();
        } else {
            open(folder.get());
        }
    }

    /** The most recent failed load; the atlas stays the last good one. */
    public ReadOnlyObjectProperty<LoadOutcome> lastFailureProperty() { return lastFailure.getReadOnlyProperty(); }

    /** The name {@link #sourceProperty()} gives the atlas that ships with the app (from the bundle). */
    public static final String BUNDLED = Messages.get("atlas.source.bundled");

    public void openBundled() {
        load(null, BUNDLED, loader::loadBundledAsBuilt);
    }

    /**
     * Opens the bundled atlas from a load already begun ({@code EarlyStart}, before the toolkit
     * started); {@code loaded} is waited for on the background executor, never on the JavaFX thread.
     */
    public void openBundled(Supplier<AtlasLoader.Result> loaded) {
        load(null, BUNDLED, loaded);
    }

    public void open(Path directory) {
        load(directory, directory.toString(), () -> loader.load(directory));
    }

    private void load(Path dir, String from, Supplier<AtlasLoader.Result> task) {
        loading.set(true);
        background.execute(() -> {
            AtlasLoader.Result result = task.get();
            ui.execute(() -> {
                loading.set(false);
                if (result.ok()) {
                    source.set(from);
                    folder.set(dir);
                    atlas.set(result.atlas());
                    lastFailure.set(null);
                } else {
                    // A first load that fails (a broken --atlas folder) must not leave an empty app
                    // waiting for an atlas: the bundled one stands in, and the dialog says so.
                    boolean fallBack = atlas.get() == null && dir != null;
                    lastFailure.set(new LoadOutcome(from, result.problems(), fallBack));
                    if (fallBack) {
                        openBundled();
                    }
                }
            });
        });
    }
}
