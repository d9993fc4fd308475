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
 * {@link #bundledReusedLoader} keeps one loader across loads; the gap between the two is the
 * loader's one-off cost (compiling the JSON Schemas). A fixed heap keeps GC heap resizing out of
 * the figures.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
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

    /** One loader kept across loads: the difference from {@link #bundled} is the loader's set-up cost. */
    @State(Scope.Thread)
    public static class Reused {
        public final AtlasLoader loader = new AtlasLoader();
    }

    @Benchmark
    public AtlasLoader.Result bundledReusedLoader(Reused reused) {
        return reused.loader.loadBundled();
    }

    /**
     * Longer iterations than the class default: at a few hundred ms per load, 2 s would hold only a
     * handful of loads, and the JIT needs roughly 10 s of loads before the figures settle.
     */
    @Benchmark
    @Warmup(iterations = 3, time = 5)
    @Measurement(iterations = 5, time = 4)
    public AtlasLoader.Result generated(Generated atlas) {
        return new AtlasLoader().load(atlas.dir);
    }
}
