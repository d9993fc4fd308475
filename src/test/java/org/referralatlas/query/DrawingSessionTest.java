package org.referralatlas.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.referralatlas.model.Intensity;
import org.referralatlas.model.PainDrawing;
import org.referralatlas.model.Point;
import org.referralatlas.model.Side;

class DrawingSessionTest {
    private final DrawingRanker ranker = new DrawingRanker(DrawingRankerTest.ZONES);
    private final DrawingSession session = new DrawingSession(ranker, PainDrawing.empty(LocalDate.of(2026, 11, 23)));

    private static List<Point> line(double x0, double y0, double x1, double y1) {
        return List.of(new Point(x0, y0), new Point((x0 + x1) / 2, (y0 + y1) / 2), new Point(x1, y1));
    }

    @Test
    void aStrokeOverTheTempleOfTheSideViewRanksTheTempleMuscles() {
        session.stroke("lateral", line(432, 110, 468, 110), 8, Intensity.SEVERE);
        DrawingRanking r = session.rank();
        assertFalse(r.candidates().isEmpty());
        assertTrue(r.candidates().get(0).reasons().get(0).regions().contains("temple"), r.candidates().toString());
        assertEquals(1, session.drawing().view("lateral").orElseThrow().strokes().size());
    }

    @Test
    void incrementalPaintingEqualsReplayingTheSavedDrawing() {
        session.stroke("lateral", line(432, 110, 468, 110), 8, Intensity.SEVERE);
        session.stroke("lateral", line(440, 100, 440, 130), 5, Intensity.MILD);
        session.erase("lateral", List.of(new Point(450, 110)), 4);
        session.stroke("posterior", line(430, 200, 440, 260), 10, Intensity.MODERATE);
        DrawnMasks replayed = DrawnMasks.of(DrawingRankerTest.ZONES, session.drawing());
        for (String v : List.of("lateral", "posterior")) {
            for (Intensity i : Intensity.values()) {
                assertEquals(replayed.layer(v, i), session.masks().layer(v, i), v + " " + i);
            }
            assertEquals(replayed.all(v), session.masks().all(v));
        }
        assertEquals(ranker.rank(replayed), session.rank());
    }

    @Test
    void aLaterStrokePaintsOverAnEarlierOneAndTheEraserClears() {
        session.stroke("lateral", List.of(new Point(450, 110)), 10, Intensity.MILD);
        session.stroke("lateral", List.of(new Point(450, 110)), 5, Intensity.SEVERE);
        DrawnMasks m = session.masks();
        assertTrue(m.layer("lateral", Intensity.SEVERE).containsPoint(450, 110));
        assertFalse(m.layer("lateral", Intensity.MILD).containsPoint(450, 110));
        assertTrue(m.layer("lateral", Intensity.MILD).containsPoint(450, 118));
        session.erase("lateral", List.of(new Point(450, 110)), 20);
        assertTrue(session.masks().all("lateral").isEmpty());
        assertTrue(session.rank().candidates().isEmpty());
    }

    @Test
    void undoRestoresThePreviousDrawingStepByStep() {
        session.stroke("lateral", List.of(new Point(450, 110)), 10, Intensity.MILD);
        DrawingRanking afterOne = session.rank();
        PainDrawing one = session.drawing();
        session.stroke("anterior", List.of(new Point(376, 98)), 6, Intensity.SEVERE);
        session.setSide("lateral", Side.RIGHT);
        session.clear();
        assertTrue(session.drawing().views().isEmpty());
        assertTrue(session.undo()); // clear
        assertTrue(session.undo()); // side
        assertTrue(session.undo()); // stroke on anterior
        assertEquals(one, session.drawing());
        assertEquals(afterOne, session.rank());
        assertTrue(session.undo());
        assertTrue(session.masks().all("lateral").isEmpty());
        assertFalse(session.undo());
        assertFalse(session.canUndo());
    }

    @Test
    void clearingOneViewKeepsTheOthers() {
        session.stroke("lateral", List.of(new Point(450, 110)), 10, Intensity.MILD);
        session.stroke("anterior", List.of(new Point(376, 98)), 6, Intensity.SEVERE);
        session.clear("lateral");
        assertTrue(session.masks().all("lateral").isEmpty());
        assertFalse(session.masks().all("anterior").isEmpty());
    }

    @Test
    void aStrokeOnAViewTheAtlasDoesNotHaveIsRefusedAndChangesNothing() {
        assertThrows(IllegalArgumentException.class,
                () -> session.stroke("plantar", List.of(new Point(1, 1)), 4, Intensity.MILD));
        assertThrows(IllegalArgumentException.class,
                () -> session.stroke("lateral", List.of(new Point(1, 1)), 0, Intensity.MILD));
        assertTrue(session.drawing().views().isEmpty());
        assertFalse(session.canUndo());
    }
}
