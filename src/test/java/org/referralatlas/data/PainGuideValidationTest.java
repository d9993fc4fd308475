package org.referralatlas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referralatlas.TestAtlases;

/** The validator checks pain guides and muscle groups like every other reference, with file, line and column. */
class PainGuideValidationTest {
    @TempDir
    Path temp;
    Path atlas;

    @BeforeEach
    void copyBundled() throws IOException {
        atlas = temp.resolve("atlas");
        TestAtlases.copyTree(Path.of("atlas-data"), atlas);
    }

    private List<AtlasProblem> loadWith(String from, String to) throws IOException {
        Path file = atlas.resolve("pain-guides.json");
        String text = Files.readString(file);
        assertTrue(text.contains(from), "test edit does not apply: " + from);
        Files.writeString(file, text.replace(from, to));
        return new AtlasLoader().load(atlas).problems();
    }

    @Test
    void theCopyIsValid() throws IOException {
        assertEquals(List.of(), new AtlasLoader().load(atlas).problems());
    }

    @Test
    void aGuideEntryWithoutAZoneInItsRegionIsRejectedWhereItIs() throws IOException {
        // The deep masseter refers to the ear and the jaw joint, not the vertex.
        List<AtlasProblem> problems = loadWith("\"sternocleidomastoid-sternal\",\n        \"splenius-capitis\"",
                "\"sternocleidomastoid-sternal\",\n        \"splenius-capitis\",\n        \"masseter-deep\"");
        assertEquals(1, problems.size(), problems.toString());
        AtlasProblem p = problems.get(0);
        assertEquals("pain-guides.json", p.file());
        assertTrue(p.line() > 1 && p.column() > 1, p.format());
        assertTrue(p.path().matches("\\$\\.guides\\[0\\]\\.order\\[2\\]"), p.path());
        assertTrue(p.message().contains("\"masseter-deep\" has no referral zone in region \"vertex\""), p.message());
    }

    @Test
    void anUnknownRegionIsRejectedWithAHint() throws IOException {
        List<AtlasProblem> problems = loadWith("\"region\": \"vertex\",", "\"region\": \"vertexx\",");
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("unknown region \"vertexx\"")
                && p.message().contains("did you mean \"vertex\"")), problems.toString());
    }

    @Test
    void aMemberOfAGroupMustBeListedAsItsGroup() throws IOException {
        List<AtlasProblem> problems = loadWith("\"suboccipitals\",\n        \"semispinalis-capitis\"",
                "\"rectus-capitis-posterior-major\",\n        \"semispinalis-capitis\"");
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("member of group \"suboccipitals\"")),
                problems.toString());
    }

    @Test
    void aMuscleInTwoGroupsIsRejected() throws IOException {
        List<AtlasProblem> problems = loadWith("\"anterior-scalene\",\n        \"middle-scalene\"",
                "\"anterior-scalene\",\n        \"obliquus-capitis-inferior\"");
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("already a member of group")),
                problems.toString());
    }
}
