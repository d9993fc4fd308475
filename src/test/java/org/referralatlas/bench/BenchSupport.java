package org.referralatlas.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.data.AtlasProblem;
import org.referralatlas.model.Atlas;

/** Setup and teardown helpers shared by the benchmarks. */
final class BenchSupport {
    private BenchSupport() {
    }

    /** Writes a generated atlas of {@code muscles} muscles into a new temporary directory. */
    static Path generatedAtlas(int muscles) throws IOException {
        return GeneratedAtlas.write(Files.createTempDirectory("referral-atlas-bench-"), muscles);
    }

    /** The loaded atlas; a benchmark of an atlas that fails to load would only time an early exit. */
    static Atlas loaded(AtlasLoader.Result result, String what) {
        if (!result.ok()) {
            throw new IllegalStateException(what + " does not load: "
                    + result.problems().stream().limit(5).map(AtlasProblem::format).toList());
        }
        return result.atlas();
    }

    static void deleteTree(Path dir) throws IOException {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
