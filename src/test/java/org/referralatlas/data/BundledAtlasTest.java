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

    /**
     * The app skips the schema pass and the whole-atlas checks for the bundled atlas
     * ({@code loadBundledAsBuilt}, which reads the build's compact copy, or the JSON without those
     * checks when the copy is missing or stale) because the test above runs them in every build; this
     * proves the shortcut reads the very same atlas.
     */
    @Test
    void bundledAtlasAsBuiltIsTheSameAtlasWithoutTheBuildsChecks() {
        Atlas checked = new AtlasLoader().loadBundled().atlas();
        AtlasLoader.Result asBuilt = new AtlasLoader().loadBundledAsBuilt();
        assertEquals(List.of(), asBuilt.problems());
        SameAtlas.assertSame(checked, asBuilt.atlas());
    }

    @Test
    void theShortcutStillRunsTheOtherChecks() {
        // A loader that skips the build's checks still applies its limits: prove it with a tiny one.
        AtlasLoader.Result tooSmall = new AtlasLoader(new Limits(8L * 1024 * 1024, 3, 32, 200_000, 20_000))
                .loadBundledAsBuilt();
        assertTrue(!tooSmall.ok() && !tooSmall.problems().isEmpty(), "limits ignored");
    }
}
