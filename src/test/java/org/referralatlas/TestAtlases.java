package org.referralatlas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
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


    private static Atlas bundled;

    /** The bundled atlas, loaded once per test JVM. */
    public static synchronized Atlas bundled() {
        if (bundled == null) {
            bundled = new AtlasLoader().loadBundled().atlas();
        }
        return bundled;
    }

    /** Copies a folder tree (an atlas to edit in a test's temporary folder). */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
    }
}
