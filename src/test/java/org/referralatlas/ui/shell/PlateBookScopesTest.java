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
import org.referralatlas.study.Deck;
import org.referralatlas.study.Decks;

/** What a plate book or plate slides from the window hold, and the slides they become. */
class PlateBookScopesTest {
    private final Atlas atlas = TestAtlases.mini();

    private static List<String> ids(List<Muscle> muscles) {
        return muscles.stream().map(Muscle::id).toList();
    }

    @Test
    void withNothingOnScreenOnlyTheWholeAtlas() {
        List<PlateBookScopes.Scope> scopes = PlateBookScopes.of(atlas, null, List.of(), null, null, Side.RIGHT);
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
        List<PlateBookScopes.Scope> scopes = PlateBookScopes.of(atlas, temporalis, List.of("temple"), lesson, null, Side.RIGHT);
        assertEquals(List.of("selection", "region", "lesson", "all"),
                scopes.stream().map(PlateBookScopes.Scope::id).toList());
        assertEquals(List.of("temporalis"), ids(scopes.get(0).muscles()));
        List<String> ranked = new PainLookup(atlas).lookUp(List.of("temple"), Side.RIGHT).candidates().stream()
                .map(c -> c.muscle().id()).toList();
        assertEquals(ranked, ids(scopes.get(1).muscles()), "the region's muscles in the ranking's order");
        assertEquals(List.of("suboccipitals", "upper-trapezius"), ids(scopes.get(2).muscles()), "each once, lesson order");
    }

    @Test
    void theStudyDeckOffersItsMusclesInDeckOrder() {
        Deck deck = new Deck("user:jaw", "Jaw and temple", List.of("upper-trapezius", "no-such-muscle", "temporalis"),
                List.of("temple"), true);
        List<PlateBookScopes.Scope> scopes = PlateBookScopes.of(atlas, null, List.of(), null, deck, Side.RIGHT);
        assertEquals(List.of("deck", "all"), scopes.stream().map(PlateBookScopes.Scope::id).toList());
        assertEquals(List.of("upper-trapezius", "temporalis"), ids(scopes.get(0).muscles()), "deck order, unknown ids left out");
        assertTrue(scopes.get(0).label().contains("Jaw and temple") && scopes.get(0).label().contains("2"),
                scopes.get(0).label());

        Deck builtIn = Decks.byArea(atlas).get(0);
        List<PlateBookScopes.Scope> withLesson = PlateBookScopes.of(atlas, null, List.of(),
                new Lesson("L", List.of(new Lesson.Step("temporalis", "lateral", "right", null, null))), builtIn,
                Side.RIGHT);
        assertEquals(List.of("lesson", "deck", "all"), withLesson.stream().map(PlateBookScopes.Scope::id).toList());
        assertEquals(builtIn.muscles(), ids(withLesson.get(1).muscles()));

        Deck nothingKnown = new Deck("user:x", "Elsewhere", List.of("no-such-muscle"), List.of(), true);
        assertEquals(List.of("all"), PlateBookScopes.of(atlas, null, List.of(), null, nothingKnown, Side.RIGHT)
                .stream().map(PlateBookScopes.Scope::id).toList(), "a deck with no muscle of this atlas is not offered");
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
