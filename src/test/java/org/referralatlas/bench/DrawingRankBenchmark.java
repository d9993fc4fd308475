package org.referralatlas.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Intensity;
import org.referralatlas.model.PainDrawing;
import org.referralatlas.model.Point;
import org.referralatlas.query.DrawingRanker;
import org.referralatlas.query.DrawingRanking;
import org.referralatlas.query.DrawingSession;
import org.referralatlas.query.ZoneMasks;

/**
 * Issue #8's budget: re-ranking after a brush stroke must take under 16 ms (one frame at 60 Hz) on the
 * bundled atlas. {@code strokeThenRank} paints one brush drag through {@link DrawingSession} onto a
 * drawing that already covers head and neck on three views, then ranks (candidates, reasons,
 * pair/triple search, unexplained mask): exactly what the brush mode does per stroke. Report p99.
 * {@code buildZoneMasks} is the one-off cost at atlas load. {@code -p atlas=DIR} measures another atlas.
 *
 * <p>Until the {@code bench} profile lands: {@code mvn -q -o test-compile}, then
 * {@code java -cp target/test-classes:target/classes:$(mvn -q -o dependency:build-classpath
 * -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test) org.openjdk.jmh.Main DrawingRank -f 1 -wi 3 -i 5}.
 * SampleTime percentiles are wall-clock: on a shared, overloaded machine the p99 measures the
 * scheduler more than the ranking (compare p50 and {@code -prof gc}).
 */
@State(Scope.Thread)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DrawingRankBenchmark {
    @Param("")
    public String atlas;

    private Atlas loaded;
    private DrawingRanker ranker;
    private DrawingSession session;
    private final List<List<Point>> strokes = new ArrayList<>();
    private int next;

    @Setup(Level.Trial)
    public void load() {
        AtlasLoader.Result result = atlas.isEmpty() ? new AtlasLoader().loadBundled() : new AtlasLoader().load(Path.of(atlas));
        if (!result.ok()) {
            throw new IllegalStateException("atlas does not load: " + result.problems().get(0).format());
        }
        loaded = result.atlas();
        ranker = new DrawingRanker(ZoneMasks.of(loaded));
        // 64 drags of 8 points across the head, face, neck and shoulders (design units of the 800 x 720 views).
        for (int i = 0; i < 64; i++) {
            double x = 300 + (i * 37) % 200, y = 80 + (i * 53) % 260;
            List<Point> drag = new ArrayList<>();
            for (int k = 0; k < 8; k++) {
                drag.add(new Point(x + 3 * k, y + 2 * k));
            }
            strokes.add(drag);
        }
    }

    /** A fresh session per iteration, so the stroke list does not grow without bound. */
    @Setup(Level.Iteration)
    public void baseline() {
        session = new DrawingSession(ranker, PainDrawing.empty(LocalDate.of(2026, 11, 23)));
        for (String view : List.of("anterior", "lateral", "posterior")) {
            session.stroke(view, List.of(new Point(330, 110), new Point(350, 160), new Point(380, 220)), 14,
                    Intensity.SEVERE);
            session.stroke(view, List.of(new Point(420, 110), new Point(450, 160), new Point(460, 260)), 12,
                    Intensity.MODERATE);
            session.stroke(view, List.of(new Point(400, 250), new Point(480, 320)), 10, Intensity.MILD);
        }
        next = 0;
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public DrawingRanking strokeThenRank() {
        int i = next++;
        String view = i % 3 == 0 ? "anterior" : i % 3 == 1 ? "lateral" : "posterior";
        session.stroke(view, strokes.get(i & 63), 8, Intensity.values()[i % 3]);
        return session.rank();
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public DrawingRanking rankOnly() {
        return session.rank();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    public ZoneMasks buildZoneMasks() {
        return ZoneMasks.of(loaded);
    }
}
