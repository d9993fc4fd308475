package org.referralatlas.ui.painfinder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.referralatlas.TestAtlases;
import org.referralatlas.model.Intensity;
import org.referralatlas.model.PainDrawing;
import org.referralatlas.model.Point;
import org.referralatlas.model.Side;
import org.referralatlas.query.DrawingRanking;

/** The brush mode's view-model, in plain JUnit on the mini atlas. */
class PainDrawingViewModelTest {
    private static final java.time.Clock CLOCK = java.time.Clock.fixed(java.time.Instant.parse("2026-11-20T09:00:00Z"),
            java.time.ZoneOffset.UTC);
    private final PainDrawingViewModel model = new PainDrawingViewModel(CLOCK);

    /** Across the temple of the lateral view: inside temporalis's essential zone (ellipse at 450, 110). */
    private static final List<Point> TEMPLE = List.of(new Point(436, 110), new Point(450, 108), new Point(464, 110));
    /** The back of the neck on the posterior view, outside every referral zone of the mini atlas. */
    private static final List<Point> NOWHERE = List.of(new Point(60, 650), new Point(90, 650));

    @BeforeEach
    void setUp() {
        model.useAtlas(TestAtlases.mini());
        model.viewIdProperty().set("lateral");
    }

    @Test
    void aStrokeOverTheTemporalisEssentialZoneRanksItFirstWithTheShareItExplains() {
        assertTrue(model.candidates().isEmpty());
        model.intensityProperty().set(Intensity.SEVERE);
        model.stroke("lateral", TEMPLE, false);
        DrawingRanking.Candidate first = model.candidates().get(0);
        assertEquals("temporalis", first.muscle().id(), model.candidates().toString());
        assertTrue(first.shareExplained() > 0.9, "the whole stroke lies in its zone: " + first.shareExplained());
        assertFalse(first.reasons().isEmpty());
        assertEquals(0.0, model.unexplainedShareProperty().get(), 1e-9);
        assertNotNull(model.painted("lateral", Intensity.SEVERE));
        assertTrue(model.painted("lateral", Intensity.SEVERE).containsPoint(450, 108));
        assertTrue(model.painted("lateral", Intensity.MILD).isEmpty());
    }

    @Test
    void paintOutsideEveryZoneIsUnexplained() {
        model.stroke("lateral", TEMPLE, false);
        model.stroke("posterior", NOWHERE, false);
        double share = model.unexplainedShareProperty().get();
        assertTrue(share > 0.2 && share < 0.8, "part of the drawing is unexplained: " + share);
        assertTrue(model.unexplained("posterior").containsPoint(75, 650));
        assertTrue(model.unexplained("lateral") == null || model.unexplained("lateral").isEmpty());
    }

    @Test
    void undoStepsBackAndEmptiesTheRanking() {
        int before = model.revisionProperty().get();
        model.stroke("lateral", TEMPLE, false);
        assertTrue(model.canUndoProperty().get());
        assertTrue(model.revisionProperty().get() > before);
        model.undo();
        assertTrue(model.candidates().isEmpty());
        assertNull(model.bestCombinationProperty().get());
        assertFalse(model.canUndoProperty().get());
    }

    @Test
    void clearEmptiesEveryViewAndIsUndoable() {
        model.stroke("lateral", TEMPLE, false);
        model.stroke("posterior", NOWHERE, false);
        model.clear();
        assertTrue(model.candidates().isEmpty());
        assertTrue(model.drawing().views().isEmpty());
        model.undo();
        assertEquals(2, model.drawing().views().size());
        model.clearView();
        assertTrue(model.drawing().view("lateral").orElseThrow().strokes().isEmpty());
        assertFalse(model.drawing().view("posterior").orElseThrow().strokes().isEmpty());
    }

    @Test
    void theEraserRemovesPaint() {
        model.stroke("lateral", TEMPLE, false);
        model.brushRadiusProperty().set(30);
        model.eraserProperty().set(true);
        model.stroke("lateral", List.of(new Point(450, 110)), false);
        assertTrue(model.candidates().isEmpty());
        assertTrue(model.painted("lateral", Intensity.MODERATE).isEmpty());
    }

    @Test
    void theSideRestrictsTheCandidatesAndIsRememberedPerView() {
        model.stroke("lateral", TEMPLE, false);
        assertTrue(model.candidates().stream().anyMatch(c -> c.side() == Side.RIGHT));
        model.sideProperty().set(Side.LEFT);
        assertEquals(Side.LEFT, model.drawing().view("lateral").orElseThrow().side());
        assertTrue(model.candidates().stream().noneMatch(c -> c.side() == Side.RIGHT), model.candidates().toString());
        model.viewIdProperty().set("posterior");
        assertEquals(Side.BOTH, model.sideProperty().get(), "a view not painted yet is about both sides");
        model.stroke("posterior", NOWHERE, false);
        model.viewIdProperty().set("lateral");
        assertEquals(Side.LEFT, model.sideProperty().get(), "the lateral drawing keeps its side");
        model.undo(); // stroke on posterior
        model.undo(); // side of lateral
        assertEquals(Side.BOTH, model.sideProperty().get());
        assertEquals("temporalis", model.candidates().get(0).muscle().id());
    }

    @Test
    void theFirstStrokeOnAOneSidedViewIsAboutTheSideItShows() {
        model.stroke("lateral", TEMPLE, false, Side.LEFT);
        assertEquals(Side.LEFT, model.sideProperty().get());
        assertEquals(Side.LEFT, model.sideOf("lateral"));
        model.stroke("lateral", TEMPLE, false, Side.RIGHT);
        assertEquals(Side.LEFT, model.sideOf("lateral"), "later strokes keep the view's side");
    }

    @Test
    void reloadingTheAtlasKeepsTheDrawing() {
        model.stroke("lateral", TEMPLE, false);
        model.noteProperty().set("left after lunch");
        model.useAtlas(TestAtlases.mini());
        assertEquals("temporalis", model.candidates().get(0).muscle().id());
        assertEquals("left after lunch", model.noteProperty().get());
        assertEquals(1, model.drawing().view("lateral").orElseThrow().strokes().size());
    }

    @Test
    void anOpenedDrawingReplacesTheCurrentOneWithItsDateAndNote() {
        model.stroke("lateral", TEMPLE, false);
        PainDrawing saved = model.drawing().withNote("after work").withDate(LocalDate.of(2026, 11, 2));
        model.clear();
        model.open(saved);
        assertEquals("after work", model.noteProperty().get());
        assertEquals(LocalDate.of(2026, 11, 2), model.dateProperty().get());
        assertEquals("temporalis", model.candidates().get(0).muscle().id());
        assertFalse(model.canUndoProperty().get());
        assertEquals(1.0, model.compareWith(saved).jaccard(), 1e-9);
    }

    @Test
    void aNewDrawingIsDatedByTheClockItIsGiven() {
        assertEquals(LocalDate.of(2026, 11, 20), model.dateProperty().get());
    }
}
