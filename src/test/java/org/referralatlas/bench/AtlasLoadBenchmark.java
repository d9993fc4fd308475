package org.referralatlas.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.referralatlas.data.AtlasLoader;

/**
 * Time to load (read, schema-check, validate, build) an atlas in a warm JVM, the way the app and
 * CLI do it: a new {@link AtlasLoader} per load. Targets: bundled under 150 ms, 1,000 muscles under 2 s.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AtlasLoadBenchmark {

    /** A generated atlas on disk, written once per trial so that generation is not timed. */
    @State(Scope.Benchmark)
    public static class Generated {
        @Param("1000")
        public int muscles;

        public Path dir;

        @Setup(Level.Trial)
        public void write() throws IOException {
            dir = BenchSupport.generatedAtlas(muscles);
            BenchSupport.loaded(new AtlasLoader().load(dir), "generated atlas of " + muscles + " muscles");
        }

        @TearDown(Level.Trial)
        public void delete() throws IOException {
            BenchSupport.deleteTree(dir);
        }
    }

    @Benchmark
    public AtlasLoader.Result bundled() {
        return new AtlasLoader().loadBundled();
    }

    @Benchmark
    public AtlasLoader.Result generated(Generated atlas) {
        return new AtlasLoader().load(atlas.dir);
    }
}
