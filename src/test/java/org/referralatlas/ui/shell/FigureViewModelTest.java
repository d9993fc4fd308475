package org.referralatlas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.referralatlas.TestAtlases;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.model.Point;
import org.referralatlas.ui.bodymap.MapMode;

/** The mode-to-figure logic, in plain JUnit: no scene, no map. */
class FigureViewModelTest {
    private MainViewModel model;
    private FigureViewModel figure;

    @BeforeEach
    void open() {
        AtlasSession session = new AtlasSession(new AtlasLoader(), Runnable::run, Runnable::run);
        model = new MainViewModel(session, java.time.Clock.systemDefaultZone(),
                FeatureModels.create(java.time.Clock.systemDefaultZone()));
        session.open(TestAtlases.MINI);
        figure = model.figure();
        model.explore().showView("lateral");
    }

    @Test
    void eachModeGivesTheClickItsMeaning() {
        assertEquals(MapMode.EXPLORE, figure.mapModeProperty().get());
        model.modeProperty().set(AppMode.PAIN_FINDER);
        assertEquals(MapMode.PAIN_FINDER, figure.mapModeProperty().get());
        model.toggleDrawing();
        assertEquals(MapMode.DRAW, figure.mapModeProperty().get());
        model.modeProperty().set(AppMode.TECHNIQUES);
        assertEquals(MapMode.EXPLORE, figure.mapModeProperty().get(), "drawing belongs to the pain finder");
    }

    @Test
    void theFinderShowsItsRegionsAndCandidatesOnlyInItsMode() {
        model.modeProperty().set(AppMode.PAIN_FINDER);
        model.painFinder().toggleRegion("temple");
        assertEquals(Set.of("temple"), figure.chosenRegions());
        assertFalse(figure.highlighted().isEmpty(), "the temple's candidate muscles");
        assertTrue(figure.highlighted().contains("temporalis"), figure.highlighted().toString());

        model.modeProperty().set(AppMode.EXPLORE);
        assertTrue(figure.chosenRegions().isEmpty(), "explore shows no picks");
        assertTrue(figure.highlighted().isEmpty());
    }

    @Test
    void whileDrawingTheMapShowsTheDrawingOfTheShownViewAndItsRanking() {
        model.toggleDrawing();
        assertNull(figure.paintedCellsProperty().get(), "nothing painted yet");
        model.painDrawing().stroke("lateral", List.of(new Point(440, 110), new Point(460, 110)), false);
        assertNotNull(figure.paintedCellsProperty().get());
        assertEquals("lateral", figure.paintedCellsProperty().get().viewId());
        assertFalse(figure.highlighted().isEmpty(), "the drawing's candidates");

        model.explore().showView("posterior");
        assertNull(figure.paintedCellsProperty().get(), "the posterior view is not painted");
        model.toggleDrawing();
        model.explore().showView("lateral");
        assertNull(figure.paintedCellsProperty().get(), "drawing off: the cells hide");
    }

    @Test
    void theReadOnlySetsAreKeptSoABindingToThemLasts() {
        // A fresh unmodifiable view per call listens weakly and can be collected under a binding.
        org.junit.jupiter.api.Assertions.assertSame(figure.highlighted(), figure.highlighted());
        org.junit.jupiter.api.Assertions.assertSame(figure.chosenRegions(), figure.chosenRegions());
    }

    @Test
    void aSearchHighlightsItsMusclesInExplore() {
        model.highlightedMuscles().add("temporalis");
        assertEquals(Set.of("temporalis"), figure.highlighted());
        model.modeProperty().set(AppMode.STUDY);
        assertTrue(figure.highlighted().isEmpty());
    }
}
