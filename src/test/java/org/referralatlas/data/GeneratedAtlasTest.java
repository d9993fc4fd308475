package org.referralatlas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referralatlas.bench.GeneratedAtlas;
import org.referralatlas.bench.PathShift;
import org.referralatlas.model.Atlas;
import org.referralatlas.query.PainLookup;
import org.referralatlas.model.Side;

/**
 * The benchmarks' generated atlas must be one the loader accepts in full, or the load benchmark
 * would time an early exit. Correctness only: timings belong to the JMH benchmarks.
 */
class GeneratedAtlasTest {

    @Test
    void thousandMuscleAtlasLoadsWithoutProblems(@TempDir Path dir) throws IOException {
        GeneratedAtlas.write(dir, 1_000);
        AtlasLoader.Result result = new AtlasLoader().load(dir);
        assertEquals(List.of(), result.problems().stream().map(AtlasProblem::format).toList());
        Atlas atlas = result.atlas();
        assertTrue(atlas.muscles().size() >= 1_000, "muscles: " + atlas.muscles().size());
        Atlas bundled = new AtlasLoader().loadBundled().atlas();
        assertEquals(bundled.regions().size(), atlas.regions().size());
        // Every clone refers pain like its original, so lookups find many more candidates.
        String region = bundled.regions().iterator().next().id();
        assertTrue(new PainLookup(atlas).lookUp(List.of(region), Side.RIGHT).candidates().size()
                >= new PainLookup(bundled).lookUp(List.of(region), Side.RIGHT).candidates().size());
    }

    @Test
    void generatedAtlasIsDeterministic(@TempDir Path a, @TempDir Path b) throws IOException {
        GeneratedAtlas.write(a, 40);
        GeneratedAtlas.write(b, 40);
        assertEquals(java.nio.file.Files.readString(a.resolve("atlas.json")),
                java.nio.file.Files.readString(b.resolve("atlas.json")));
    }

    @Test
    void pathShiftMovesOnlyAbsoluteCoordinates() {
        assertEquals("M11 18 L13 -2 Z", PathShift.shift("M10,20 L12,0 Z", 1, -2));
        // Arc radii, rotation and flags stay; its end point moves; relative segments stay.
        assertEquals("M1.5 -1 A5 5 0 1 0 11.5 -1 l2 2 h3 H4.5 v1 V-2 z",
                PathShift.shift("M1,0 A5,5 0 1,0 11,0 l2,2 h3 H4 v1 V-1 z", 0.5, -1));
        // A leading relative move-to is absolute; its implicit line-tos are relative.
        assertEquals("m2 2 3 3", PathShift.shift("m1,1 3,3", 1, 1));
        assertEquals("M0 0 a5 5 0 1 0 50 50", PathShift.shift("M0,0 a5,5 0 1050,50", 0, 0));
        assertEquals("M1 1 C2 2 3 3 4 4 S5 5 6 6 Q7 7 8 8 T9 9",
                PathShift.shift("M0 0 C1 1 2 2 3 3 S4 4 5 5 Q6 6 7 7 T8 8", 1, 1));
    }
}
