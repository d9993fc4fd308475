package org.referralatlas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.referralatlas.model.Atlas;

class BundledAtlasTest {

    @Test
    void bundledAtlasIsValid() {
        AtlasLoader.Result result = new AtlasLoader().loadBundled();
        assertEquals(List.of(), result.problems().stream().map(AtlasProblem::format).toList());
        Atlas atlas = result.atlas();
        assertTrue(atlas.views().stream().map(v -> v.id()).toList()
                .containsAll(List.of("anterior", "lateral", "posterior")));
        assertTrue(atlas.muscle("upper-trapezius").isPresent());
    }

    @Test
    void atlasDataFolderLoadsTheSameAsTheBundledCopy() {
        AtlasLoader.Result fromDisk = new AtlasLoader().load(Path.of("atlas-data"));
        assertEquals(List.of(), fromDisk.problems());
        Atlas bundled = new AtlasLoader().loadBundled().atlas();
        assertEquals(bundled.muscles().size(), fromDisk.atlas().muscles().size());
        assertEquals(bundled.regions().size(), fromDisk.atlas().regions().size());
    }
}
