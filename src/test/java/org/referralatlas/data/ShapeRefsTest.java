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
import org.referralatlas.model.Atlas;
import org.referralatlas.model.ZoneKind;

/** Generated outlines live in shapes files; muscle and region files refer to them as "#name". */
class ShapeRefsTest {
    private static final String NECK = "M90,70 L110,70 L110,110 L90,110 Z";
    private static final String NECK_REGION = "M80,60 L120,60 L120,120 L80,120 Z";

    @TempDir
    Path atlas;

    @BeforeEach
    void copyBase() throws IOException {
        MalformedAtlasCorpusTest.copyTree(MalformedAtlasCorpusTest.corpus().resolve("_base"), atlas);
        replace("atlas.json", "\"views\": [\"views/posterior.json\", \"views/lateral.json\"],",
                "\"views\": [\"views/posterior.json\", \"views/lateral.json\"], \"shapes\": [\"shapes/back.json\"],");
    }

    @Test
    void referencesStandForTheNamedPathsOfTheirView() throws IOException {
        shapesFile("posterior", "\"neck-band\": [\"" + NECK + "\"], \"region-back-of-neck\": [\"" + NECK_REGION + "\"]");
        replace("muscles/trapezius.json", "\"posterior\": [\"" + NECK + "\"]", "\"posterior\": [\"#neck-band\"]");
        replace("regions.json", "\"posterior\": [\"" + NECK_REGION + "\"]", "\"posterior\": [\"#region-back-of-neck\"]");

        AtlasLoader.Result result = new AtlasLoader().load(atlas);

        assertEquals(List.of(), result.problems().stream().map(AtlasProblem::format).toList());
        Atlas a = result.atlas();
        assertEquals(List.of(NECK), a.muscle("trapezius").orElseThrow().triggerPoints().get(0)
                .zones(ZoneKind.SPILLOVER).get(0).shapesIn("posterior"));
        assertEquals(List.of(NECK_REGION), a.regions().stream().filter(r -> r.id().equals("back-of-neck"))
                .findFirst().orElseThrow().shapesIn("posterior"));
    }

    @Test
    void aShapesFileForAnUnknownViewIsAProblem() throws IOException {
        shapesFile("posterier", "\"neck-band\": [\"" + NECK + "\"]");
        List<String> problems = new AtlasLoader().load(atlas).problems().stream().map(AtlasProblem::format).toList();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("shapes/back.json:1:"), problems.get(0));
        assertTrue(problems.get(0).endsWith("unknown view \"posterier\" (did you mean \"posterior\"?)"), problems.get(0));
    }

    @Test
    void aReferenceIntoAViewWithoutShapesIsAProblem() throws IOException {
        shapesFile("posterior", "\"neck-band\": [\"" + NECK + "\"]");
        replace("muscles/trapezius.json", "\"lateral\": [\"M120,25 L140,25 L140,45 L120,45 Z\"]",
                "\"lateral\": [\"#neck-band\"]");
        List<String> problems = new AtlasLoader().load(atlas).problems().stream().map(AtlasProblem::format).toList();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains(".essential[0].shapes.lateral[0]: shape \"#neck-band\" refers to the "
                + "shapes of view \"lateral\", but no shapes file"), problems.get(0));
    }

    private void shapesFile(String view, String entries) throws IOException {
        Files.createDirectories(atlas.resolve("shapes"));
        Files.writeString(atlas.resolve("shapes/back.json"),
                "{\"view\": \"" + view + "\", \"shapes\": {" + entries + "}}");
    }

    private void replace(String file, String from, String to) throws IOException {
        String text = Files.readString(atlas.resolve(file));
        assertTrue(text.contains(from), file + " has no " + from);
        Files.writeString(atlas.resolve(file), text.replace(from, to));
    }
}
