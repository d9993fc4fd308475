package org.referralatlas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.referralatlas.TestAtlases;
import org.referralatlas.export.Plate;
import org.referralatlas.lesson.Lesson;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.Side;
import org.referralatlas.query.PainLookup;

/** What a plate book or plate slides from the window hold, and the slides they become. */
class PlateBookScopesTest {
    private final Atlas atlas = TestAtlases.mini();

    private static List<String> ids(List<Muscle> muscles) {
        return muscles.stream().map(Muscle::id).toList();
    }

    @Test
    void withNothingOnScreenOnlyTheWholeAtlas() {
        List<PlateBookScopes.Scope> scopes = PlateBookScopes.of(atlas, null, List.of(), null, Side.RIGHT);
        assertEquals(List.of("all"), scopes.stream().map(PlateBookScopes.Scope::id).toList());
        assertEquals(4, scopes.get(0).muscles().size());
    }

    @Test
    void selectionRegionsAndLessonEachOfferTheirMuscles() {
        Muscle temporalis = atlas.muscle("temporalis").orElseThrow();
        Lesson lesson = new Lesson("Headaches", List.of(
                new Lesson.Step("suboccipitals", "posterior", "right", null, null),
                new Lesson.Step("upper-trapezius", "posterior", "right", null, null),
                new Lesson.Step("suboccipitals", "lateral", "right", null, null)));
        List<PlateBookScopes.Scope> scopes = PlateBookScopes.of(atlas, temporalis, List.of("temple"), lesson, Side.RIGHT);
        assertEquals(List.of("selection", "region", "lesson", "all"),
                scopes.stream().map(PlateBookScopes.Scope::id).toList());
        assertEquals(List.of("temporalis"), ids(scopes.get(0).muscles()));
        List<String> ranked = new PainLookup(atlas).lookUp(List.of("temple"), Side.RIGHT).candidates().stream()
                .map(c -> c.muscle().id()).toList();
        assertEquals(ranked, ids(scopes.get(1).muscles()), "the region's muscles in the ranking's order");
        assertEquals(List.of("suboccipitals", "upper-trapezius"), ids(scopes.get(2).muscles()), "each once, lesson order");
    }

    @Test
    void platesBecomeSlidesInTheirBestViewWithTheirRegions() {
        List<Plate> plates = Plate.plan(atlas, List.of(atlas.muscle("temporalis").orElseThrow()));
        Lesson slides = PlateSlides.lesson(atlas, "Temple", plates, Side.LEFT);
        assertEquals(1, slides.steps().size());
        Lesson.Step step = slides.steps().get(0);
        assertEquals("temporalis", step.muscle());
        assertEquals(plates.get(0).views().get(0), step.view());
        assertEquals("left", step.side());
        assertTrue(step.note().startsWith("Essential: "), step.note());
        assertTrue(step.note().contains(atlas.region("temple").orElseThrow().name()), step.note());
    }
}
