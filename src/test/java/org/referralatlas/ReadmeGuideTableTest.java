package org.referralatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.PainGuide;

/**
 * The README's table of where each guide order comes from and what it was checked against names every
 * guide of the bundled atlas by its region id, with the area name the guide carries, so a guide added
 * or renamed without saying how it was checked shows up here.
 */
class ReadmeGuideTableTest {
    private static final Atlas BUNDLED = new AtlasLoader().loadBundled().atlas();

    private static String guideTable() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("### Where the guide orders come from, and which are checked");
        int end = readme.indexOf("\n### ", start + 1);
        if (start < 0 || end < 0) {
            throw new AssertionError("README.md no longer has the section on where the guide orders come from");
        }
        return readme.substring(start, end).replaceAll("\\s+", " ");
    }

    @Test
    void everyGuideHasARowWithItsRegionAndArea() throws IOException {
        String table = guideTable();
        List<String> missing = BUNDLED.painGuides().stream()
                .filter(g -> !table.contains("`" + g.region() + "`") || !table.contains(g.area()) && !g.derived())
                .map(PainGuide::region)
                .sorted()
                .toList();
        assertEquals(List.of(), missing, "guides the README's table does not name with their area");
    }
}
