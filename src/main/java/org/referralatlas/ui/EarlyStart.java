package org.referralatlas.ui;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import org.referralatlas.data.AtlasLoader;

/**
 * Start-up work that needs no graphics toolkit, begun before JavaFX starts so that it runs while the
 * toolkit starts (about a second of the time to the first frame): loading the bundled atlas, and
 * reading the window's preferences (an XML file, whose parser is some 200 classes). App.start then
 * picks up the results instead of beginning both on the JavaFX thread and the loader after it.
 */
final class EarlyStart {
    private final CompletableFuture<AtlasLoader.Result> bundledAtlas;

    private EarlyStart(CompletableFuture<AtlasLoader.Result> bundledAtlas) {
        this.bundledAtlas = bundledAtlas;
    }

    /**
     * Begins the early work for the app's arguments: the bundled atlas only when no other is asked
     * for ({@code --atlas}), the preferences always.
     */
    static EarlyStart begin(List<String> args, Class<?> preferencesOwner) {
        daemon("preferences-preload", () -> Preferences.userNodeForPackage(preferencesOwner).get("view", null));
        CompletableFuture<AtlasLoader.Result> atlas = new CompletableFuture<>();
        if (App.atlasArgument(args) == null) {
            daemon("atlas-preload", () -> {
                try {
                    atlas.complete(new AtlasLoader().loadBundledAsBuilt());
                } catch (RuntimeException | Error e) {
                    atlas.completeExceptionally(e);
                }
            });
        } else {
            atlas.cancel(false);
        }
        return new EarlyStart(atlas);
    }

    /** The bundled atlas, loaded early; waits for it. Call off the JavaFX thread (the atlas loader). */
    Supplier<AtlasLoader.Result> bundledAtlas() {
        return bundledAtlas::join;
    }

    private static void daemon(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.start();
    }
}
