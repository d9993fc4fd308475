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
import org.referralatlas.model.Layer;
import org.referralatlas.model.Side;
import org.referralatlas.ui.bodymap.MapLimits;
import org.referralatlas.ui.bodymap.MapMode;
import org.referralatlas.ui.figure.FigureViewModel;

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

    @Test
    void theZoomIsHeldWithinItsRangeByTheViewModel() {
        assertEquals(MapLimits.MIN_ZOOM, figure.zoomProperty().get(), "the whole figure to start with");
        figure.zoomBy(2);
        assertEquals(2, figure.zoomProperty().get(), 1e-9);
        figure.zoomTo(100);
        assertEquals(MapLimits.MAX_ZOOM, figure.zoomProperty().get());
        figure.zoomBy(1.5);
        assertEquals(MapLimits.MAX_ZOOM, figure.zoomProperty().get(), "zooming in past the limit stays there");
        figure.zoomTo(0.01);
        assertEquals(MapLimits.MIN_ZOOM, figure.zoomProperty().get());
        figure.zoomTo(Double.NaN);
        assertEquals(MapLimits.MIN_ZOOM, figure.zoomProperty().get(), "nonsense is ignored");
    }

    @Test
    void theBrushIsClampedInItsPropertyHoweverItIsSet() {
        figure.brushRadius(1000);
        assertEquals(MapLimits.MAX_BRUSH, figure.brushRadiusProperty().get());
        figure.brushRadius(0.1);
        assertEquals(MapLimits.MIN_BRUSH, model.painDrawing().brushRadiusProperty().get());
        // a slider bound both ways, or any binding, cannot get round the range either
        javafx.beans.property.DoubleProperty slider = new javafx.beans.property.SimpleDoubleProperty(500);
        model.painDrawing().brushRadiusProperty().bindBidirectional(slider);
        assertEquals(MapLimits.MAX_BRUSH, figure.brushRadiusProperty().get());
        slider.set(12);
        assertEquals(12, figure.brushRadiusProperty().get(), 1e-9);
    }

    @Test
    void theFigureShowsWhatExploreDecidesAndSendsItsGesturesThere() {
        model.explore().showView("posterior");
        assertEquals("posterior", figure.viewIdProperty().get(), "switching view in explore reaches the figure");
        assertEquals("posterior", model.painDrawing().viewIdProperty().get(), "and the brush's view");
        model.explore().cycleView(1);
        assertEquals(model.explore().viewIdProperty().get(), figure.viewIdProperty().get());

        figure.selectMuscle("temporalis");
        assertEquals("temporalis", model.explore().getSelected().id(), "a click on the map selects in explore");
        assertEquals("temporalis", figure.selectedMuscleIdProperty().get());
        model.explore().toggleFocus("temporalis-tp1");
        assertEquals("temporalis-tp1", figure.focusedTriggerPointIdProperty().get());
        figure.selectMuscle("no-such-muscle");
        assertNull(figure.selectedMuscleIdProperty().get(), "unknown ids clear the selection");
        assertNull(figure.focusedTriggerPointIdProperty().get(), "and the focus with it");

        figure.showSide(Side.LEFT);
        assertEquals(Side.LEFT, model.explore().sideProperty().get());
        assertEquals(Side.LEFT, figure.sideProperty().get());
        assertEquals(Side.LEFT, model.painFinder().sideProperty().get(), "the pain finder ranks for the side shown");
        figure.showSide(null);
        assertEquals(Side.LEFT, figure.sideProperty().get(), "no side is not a side");
        model.explore().layerProperty().set(Layer.DEEP);
        assertEquals(Layer.DEEP, figure.layerProperty().get());

        figure.eraser(true);
        assertTrue(model.painDrawing().eraserProperty().get());
        assertTrue(figure.eraserProperty().get());
    }

    @Test
    void theFigureKeepsItsViewAndSelectionAcrossAtlasesWhereTheyStillExist() {
        FigureViewModel alone = new FigureViewModel();
        alone.useAtlas(TestAtlases.bundled());
        alone.showView("lateral");
        alone.selectMuscle("levator-scapulae");
        alone.toggleFocus("levator-scapulae-tp1");
        assertEquals("levator-scapulae-tp1", alone.focusedTriggerPointIdProperty().get());
        alone.selectMuscle("levator-scapulae");
        assertEquals("levator-scapulae-tp1", alone.focusedTriggerPointIdProperty().get(), "the same muscle keeps its focus");

        alone.useAtlas(TestAtlases.mini());
        assertEquals("lateral", alone.viewIdProperty().get(), "the mini atlas has a lateral view too");
        assertNull(alone.selectedMuscleIdProperty().get(), "the mini atlas has no levator scapulae");
        assertNull(alone.focusedTriggerPointIdProperty().get());

        alone.selectMuscle("temporalis");
        alone.useAtlas(TestAtlases.bundled());
        assertEquals("temporalis", alone.selectedMuscleIdProperty().get(), "kept: the bundled atlas has it");
        alone.showView("no-such-view");
        assertEquals("lateral", alone.viewIdProperty().get(), "an unknown view is not shown");
    }
}
