package org.referralatlas;

import java.nio.file.Path;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.model.Atlas;

/** Fixed atlases for tests, independent of the bundled atlas's evolving content. */
public final class TestAtlases {
    /** Four muscles, seven regions, three views: small enough to reason about every ranking. */
    public static final Path MINI = Path.of("src/test/resources/atlases/mini");

    private TestAtlases() {
    }

    private static Atlas mini;

    /** The mini atlas, loaded once per test JVM (it is immutable). */
    public static synchronized Atlas mini() {
        if (mini == null) {
            AtlasLoader.Result result = new AtlasLoader().load(MINI);
            if (!result.ok()) {
                throw new AssertionError("test atlas is invalid: " + result.problems());
            }
            mini = result.atlas();
        }
        return mini;
    }

}
