package org.referralatlas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referralatlas.TestAtlases;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.TechniqueCategory;
import org.referralatlas.query.SearchHit;

/** The view-models in plain JUnit: no JavaFX toolkit, synchronous executors. */
class ViewModelsTest {
    private AtlasSession session;
    private MainViewModel model;

    @BeforeEach
    void open() {
        session = new AtlasSession(new AtlasLoader(), Runnable::run, Runnable::run);
        model = new MainViewModel(session, java.time.Clock.systemDefaultZone());
        session.open(TestAtlases.MINI);
        assertNotNull(session.getAtlas());
    }

    @Test
    void anInvalidAtlasReportsEveryProblemAndKeepsTheLastGoodOne(@TempDir Path dir) throws IOException {
        Atlas good = session.getAtlas();
        model.explore().selectMuscle("temporalis");
        Files.writeString(dir.resolve("atlas.json"), "{ \"id\": \"Bad Id\" }");
        session.open(dir);
        assertSame(good, session.getAtlas());
        AtlasSession.LoadOutcome failure = session.lastFailureProperty().get();
        assertEquals(dir.toString(), failure.source());
        assertTrue(failure.problems().size() >= 2, failure.problems().toString());
        assertEquals("temporalis", model.explore().getSelected().id());
        assertFalse(session.loadingProperty().get());
        assertFalse(failure.fellBackToBundled(), "an atlas was there: it stays");
    }

    @Test
    void aBrokenFirstAtlasFallsBackToTheBundledOne(@TempDir Path dir) throws IOException {
        AtlasSession fresh = new AtlasSession(new AtlasLoader(), Runnable::run, Runnable::run);
        List<AtlasSession.LoadOutcome> failures = new java.util.ArrayList<>();
        fresh.lastFailureProperty().addListener((o, old, f) -> {
            if (f != null) {
                failures.add(f);
            }
        });
        Files.writeString(dir.resolve("atlas.json"), "{ \"id\": \"Bad Id\" }");
        fresh.open(dir);
        assertNotNull(fresh.getAtlas(), "the app is not left without an atlas");
        assertEquals(AtlasSession.BUNDLED, fresh.sourceProperty().get());
        assertEquals(1, failures.size());
        AtlasSession.LoadOutcome failure = failures.get(0);
        assertTrue(failure.fellBackToBundled());
        assertEquals(dir.toString(), failure.source());
        assertFalse(failure.problems().isEmpty());
    }

    @Test
    void reloadOpensTheAtlasAgainFromWhereItCameFrom() {
        assertEquals(TestAtlases.MINI, session.folderProperty().get());
        session.openBundled();
        assertEquals(null, session.folderProperty().get());
        assertEquals(org.referralatlas.ui.Messages.get("atlas.source.bundled"), session.sourceProperty().get());
        int bundledMuscles = session.getAtlas().muscles().size();
        session.reload();
        assertEquals(null, session.folderProperty().get(), "the bundled atlas again, not a folder named after it");
        assertEquals(bundledMuscles, session.getAtlas().muscles().size());
        session.open(TestAtlases.MINI);
        session.reload();
        assertEquals(TestAtlases.MINI, session.folderProperty().get());
    }

    @Test
    void reloadingKeepsTheSelectionAndSwitchingViewsKeepsIt() {
        model.explore().selectMuscle("upper-trapezius");
        model.explore().showView("posterior");
        assertEquals("upper-trapezius", model.explore().getSelected().id());
        session.open(TestAtlases.MINI);
        assertEquals("upper-trapezius", model.explore().getSelected().id());
        assertEquals("posterior", model.explore().viewIdProperty().get());
        model.explore().cycleView(1);
        assertEquals("anterior", model.explore().viewIdProperty().get());
    }

    @Test
    void painFinderRanksTwoRegionsAndUndoes() {
        var finder = model.painFinder();
        finder.toggleRegion("temple");
        finder.toggleRegion("behind-the-eye");
        assertEquals(List.of("temple", "behind-the-eye"), finder.chosenRegions());
        assertEquals("suboccipitals", finder.candidates().get(0).muscle().id());
        assertFalse(finder.redFlags().isEmpty(), "head regions bring red-flag guidance");
        finder.toggleRegion("temple");
        assertEquals(List.of("behind-the-eye"), finder.chosenRegions());
        finder.undo();
        assertEquals(List.of("temple", "behind-the-eye"), finder.chosenRegions());
        finder.clear();
        assertTrue(finder.candidates().isEmpty());
        assertTrue(finder.redFlags().isEmpty());
        finder.undo();
        assertEquals(2, finder.chosenRegions().size());
        finder.toggleRegion("no-such-region");
        assertEquals(2, finder.chosenRegions().size());
    }

    @Test
    void backOfTheNeckBringsNoHeadRedFlag() {
        model.painFinder().toggleRegion("back-of-neck");
        assertTrue(model.painFinder().redFlags().isEmpty());
        assertEquals("upper-trapezius", model.painFinder().candidates().get(0).muscle().id());
    }

    @Test
    void techniquesFilterByCategoryAndListTheMusclesTheyServe() {
        var techniques = model.techniques();
        assertEquals(2, techniques.visibleTechniques().size());
        techniques.showCategory(TechniqueCategory.SELF_CARE, false);
        assertEquals(List.of("ischaemic-compression"), techniques.visibleTechniques().stream().map(t -> t.id()).toList());
        techniques.select("self-massage-ball");
        assertEquals(List.of("upper-trapezius", "suboccipitals"),
                techniques.musclesServed().stream().map(u -> u.muscle().id()).toList());
    }

    @Test
    void searchResultsGoToTheirItem() {
        model.goTo(new SearchHit(SearchHit.Kind.TECHNIQUE, "ischaemic-compression", "x", "x", 1));
        assertEquals(AppMode.TECHNIQUES, model.modeProperty().get());
        assertEquals("ischaemic-compression", model.techniques().selectedProperty().get().id());
        model.goTo(new SearchHit(SearchHit.Kind.MUSCLE, "temporalis", "x", "x", 1));
        assertEquals(AppMode.EXPLORE, model.modeProperty().get());
        assertEquals("temporalis", model.explore().getSelected().id());
        model.goTo(new SearchHit(SearchHit.Kind.SYMPTOM, "dizziness", "x", "x", 1));
        assertEquals(Set.of("upper-trapezius", "suboccipitals"), Set.copyOf(model.highlightedMuscles()));
        assertNull(model.explore().getSelected());
        model.goTo(new SearchHit(SearchHit.Kind.REGION, "occiput", "x", "x", 1));
        assertEquals(AppMode.PAIN_FINDER, model.modeProperty().get());
        assertEquals(List.of("occiput"), model.painFinder().chosenRegions());
        assertTrue(model.highlightedMuscles().isEmpty());
    }

    @Test
    void theLessonTakesTheMuscleInTheViewThatShowsItsPatternBest() {
        model.addToLesson(false);
        assertEquals(0, model.presentation().size(), "nothing selected, nothing added");
        model.explore().selectMuscle("upper-trapezius");
        model.explore().showView("posterior");
        model.addToLesson(false);
        model.explore().selectMuscle("temporalis");
        model.explore().showView("posterior"); // where the temple is out of sight
        model.addToLesson(true);
        var steps = model.presentation().lessonProperty().get().steps();
        assertEquals(2, steps.size());
        var atlas = model.session().getAtlas();
        String trapeziusBest = org.referralatlas.export.Figures.bestView(atlas, atlas.muscle("upper-trapezius")
                .orElseThrow(), List.of()).id();
        String temporalisBest = org.referralatlas.export.Figures.bestView(atlas, atlas.muscle("temporalis")
                .orElseThrow(), List.of()).id();
        assertNotEquals("posterior", temporalisBest, "the posterior view shows little of temporalis's pattern");
        assertEquals(new org.referralatlas.lesson.Lesson.Step("upper-trapezius", trapeziusBest, "right", null, null, false),
                steps.get(0));
        assertEquals("upper-trapezius", steps.get(1).compareWith());
        assertEquals(temporalisBest, steps.get(1).view(), "temporalis is shown where its temple pattern is seen");
        assertEquals(1, model.presentation().indexProperty().get());
    }
}
