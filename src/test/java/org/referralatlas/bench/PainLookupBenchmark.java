package org.referralatlas.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
import org.referralatlas.model.Atlas;
import org.referralatlas.model.PainRegion;
import org.referralatlas.model.Side;
import org.referralatlas.query.PainLookup;

/**
 * Reverse lookup latency (regions to ranked muscles), sampled per call so that JMH reports
 * percentiles: the target is p99 under 1 ms on the bundled atlas. Each call takes the next query
 * of a fixed cycle of 1-3 regions and a side, so no single query's branch profile dominates.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Thread)
public class PainLookupBenchmark {
    /** A power of two, so the cycle index is a mask rather than a division in the timed code. */
    private static final int QUERIES = 64;

    /** "bundled", or "generated-N" for a generated atlas of N muscles (e.g. -p atlas=generated-5000). */
    @Param({"bundled", "generated-1000"})
    public String atlas;

    private Path dir;
    private PainLookup lookup;
    private final List<List<String>> queries = new ArrayList<>();
    private final Side[] sides = Side.values();
    private int next;

    @Setup(Level.Trial)
    public void load() throws IOException {
        AtlasLoader.Result result;
        if (atlas.startsWith("generated-")) {
            dir = BenchSupport.generatedAtlas(Integer.parseInt(atlas.substring("generated-".length())));
            result = new AtlasLoader().load(dir);
        } else if (atlas.equals("bundled")) {
            result = new AtlasLoader().loadBundled();
        } else {
            throw new IllegalArgumentException("atlas must be \"bundled\" or \"generated-N\", not " + atlas);
        }
        Atlas loaded = BenchSupport.loaded(result, atlas + " atlas");
        lookup = new PainLookup(loaded);
        queries.addAll(queries(loaded.regions().stream().map(PainRegion::id).toList()));
    }

    /**
     * A fixed cycle of queries over whatever regions the atlas has: sizes 1, 2, 3 in turn, regions
     * drawn by a seeded random, so every run asks the same varied questions.
     */
    static List<List<String>> queries(List<String> regions) {
        SplittableRandom random = new SplittableRandom(20_240_601);
        List<List<String>> result = new ArrayList<>();
        for (int q = 0; q < QUERIES; q++) {
            int size = Math.min(1 + q % 3, regions.size());
            List<String> query = new ArrayList<>();
            while (query.size() < size) {
                String region = regions.get(random.nextInt(regions.size()));
                if (!query.contains(region)) {
                    query.add(region);
                }
            }
            result.add(List.copyOf(query));
        }
        return result;
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        BenchSupport.deleteTree(dir);
    }

    @Benchmark
    public PainLookup.Result lookUp() {
        int i = next++ & (QUERIES - 1);
        // Side changes every third query so that it does not move in step with the query size.
        return lookup.lookUp(queries.get(i), sides[(i / 3) % sides.length]);
    }
}
