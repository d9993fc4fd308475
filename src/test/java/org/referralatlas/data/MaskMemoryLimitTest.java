package org.referralatlas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The validator's cap on the drawing ranker's cell masks ({@value SizeChecks#MAX_MASK_MEGABYTES} MB):
 * an atlas just over it is refused with one clear line, one just under it loads.
 *
 * <p>The base test atlas gets both of its views widened to 2000 x 2000 units (the largest allowed). A view
 * that large gets cells of sqrt(2000 x 2000 / 50 000) = 8.94 units ({@code MaskGrid.defaultCellSize}):
 * 224 x 224 = 50 176 cells a view. Each region adds two masks a view, so 4 x 50 176 bits (about 24 KB) per
 * region: the boundary is found by adding regions.
 */
class MaskMemoryLimitTest {
    /**
     * Regions added to the base atlas's 3 at the largest count still under the cap: masks take
     * 50 176 x (4 x regions + 4 x 4 zones + 8 x 4 muscle-views) bits, 384.99 MB with 16 079 regions
     * (counted in whole MB: 384, accepted) and 385.01 MB with 16 080.
     */
    private static final int UNDER = 16_076;

    @TempDir
    Path atlas;

    @BeforeEach
    void copyBaseWithLargestViews() throws IOException {
        org.referralatlas.TestAtlases.copyTree(MalformedAtlasCorpusTest.corpus().resolve("_base"), atlas);
        for (String view : List.of("posterior", "lateral")) {
            Path file = atlas.resolve("views/" + view + ".json");
            String text = Files.readString(file);
            assertTrue(text.contains("\"viewBox\": [0, 0, 200, 200]"));
            Files.writeString(file, text.replace("\"viewBox\": [0, 0, 200, 200]", "\"viewBox\": [0, 0, 2000, 2000]"));
        }
    }

    private AtlasLoader.Result loadWithExtraRegions(int n) throws IOException {
        Path regions = atlas.resolve("regions.json");
        String text = Files.readString(regions);
        String extra = IntStream.range(0, n).mapToObj(i -> "{\"id\": \"extra-" + i + "\", \"name\": \"Extra " + i
                + "\", \"laterality\": \"bilateral\", \"area\": \"head\", \"shapes\": {\"posterior\":"
                + " [\"M80,20 L120,20 L120,50 L80,50 Z\"]}}").collect(Collectors.joining(",\n"));
        int open = text.indexOf('[', text.indexOf("\"regions\""));
        Files.writeString(regions, text.substring(0, open + 1) + extra + (n > 0 ? ",\n" : "") + text.substring(open + 1));
        return new AtlasLoader().load(atlas);
    }

    @Test
    void justUnderTheCapLoads() throws IOException {
        AtlasLoader.Result result = loadWithExtraRegions(UNDER);
        assertEquals(List.of(), result.problems().stream().map(AtlasProblem::format).toList());
        assertNotNull(result.atlas());
        assertEquals(3 + UNDER, result.atlas().regions().size());
    }

    @Test
    void oneRegionMoreIsRefusedWithOneClearLine() throws IOException {
        AtlasLoader.Result result = loadWithExtraRegions(UNDER + 1);
        assertEquals(List.of("atlas.json:10:3: $.files: the atlas is too large to rank pain drawings: its 2 views, "
                        + (3 + UNDER + 1) + " regions, 2 muscles and 4 referral zones need about 385 MB of cell masks,"
                        + " more than the limit of 384 MB"),
                result.problems().stream().map(AtlasProblem::format).toList());
        assertEquals(null, result.atlas());
    }
}
