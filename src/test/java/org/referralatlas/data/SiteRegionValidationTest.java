package org.referralatlas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referralatlas.TestAtlases;

/** A trigger point's site regions are references like any other: an unknown one is reported where it is. */
class SiteRegionValidationTest {
    @TempDir
    Path temp;

    @Test
    void anUnknownSiteRegionIsRejectedWithFileLineAndAHint() throws IOException {
        Path atlas = temp.resolve("atlas");
        TestAtlases.copyTree(Path.of("atlas-data"), atlas);
        Path file = atlas.resolve("muscles/teres-major.json");
        String text = Files.readString(file);
        String from = "\"siteRegions\": [\n            \"armpit\"";
        assertTrue(text.contains(from), "test edit does not apply");
        Files.writeString(file, text.replace(from, "\"siteRegions\": [\n            \"armpitt\""));
        List<AtlasProblem> problems = new AtlasLoader().load(atlas).problems();
        assertEquals(1, problems.size(), problems.toString());
        AtlasProblem p = problems.get(0);
        assertEquals("muscles/teres-major.json", p.file());
        assertTrue(p.line() > 1 && p.column() > 1, p.format());
        assertTrue(p.path().endsWith(".triggerPoints[1].siteRegions[0]"), p.path());
        assertTrue(p.message().contains("unknown region \"armpitt\"") && p.message().contains("did you mean \"armpit\""),
                p.message());
    }
}
