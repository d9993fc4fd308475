package org.referralatlas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.referralatlas.TestAtlases;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.model.Point;

/** Undo, clear and the Draw toggle of the menu act on the drawing while drawing, on region picks otherwise. */
class PainDrawingShellTest {
    private MainViewModel model;

    @BeforeEach
    void open() {
        AtlasSession session = new AtlasSession(new AtlasLoader(), Runnable::run, Runnable::run);
        model = new MainViewModel(session, java.time.Clock.systemDefaultZone());
        session.open(TestAtlases.MINI);
    }

    @Test
    void undoAndClearFollowTheDrawToggle() {
        model.toggleDrawing();
        assertEquals(AppMode.PAIN_FINDER, model.modeProperty().get());
        assertTrue(model.painDrawing().activeProperty().get());
        model.painFinder().toggleRegion("temple");
        model.painDrawing().stroke("lateral", List.of(new Point(440, 110), new Point(460, 110)), false);
        model.painDrawing().stroke("posterior", List.of(new Point(440, 220)), false);

        model.undoPainFinder();
        assertTrue(model.painDrawing().drawing().view("posterior").isEmpty(), "undo removed the last stroke");
        assertEquals(List.of("temple"), model.painFinder().chosenRegions(), "region picks untouched");
        model.clearPainFinder();
        assertTrue(model.painDrawing().candidates().isEmpty());
        assertEquals(List.of("temple"), model.painFinder().chosenRegions());

        model.toggleDrawing();
        assertFalse(model.painDrawing().activeProperty().get());
        model.undoPainFinder();
        assertTrue(model.painFinder().chosenRegions().isEmpty(), "off: undo acts on region picks");
    }
}
