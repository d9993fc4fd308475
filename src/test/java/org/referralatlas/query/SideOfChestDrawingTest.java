package org.referralatlas.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.referralatlas.TestAtlases;
import org.referralatlas.geometry.Mask;
import org.referralatlas.model.Intensity;
import org.referralatlas.model.Side;

/**
 * A patient who shades the side of the chest below the armpit in the right lateral view (issue 13): the
 * region is drawn in that view, so the drawing is read as that region, and the serratus anterior (T&S ch. 46,
 * the one muscle whose essential zone lies there) leads the ranking.
 */
class SideOfChestDrawingTest {
    static final ZoneMasks ZONES = ZoneMasks.of(TestAtlases.bundled());

    @Test
    void shadingTheSideOfTheChestInTheSideViewFindsTheSerratusAnterior() {
        Mask side = ZONES.region("side-of-chest", "lateral", Side.RIGHT).orElseThrow();
        assertTrue(side.count() > 50, "the side of the chest is a region of the lateral view: " + side.count());
        DrawnMasks drawing = new DrawnMasks(ZONES);
        drawing.setSide("lateral", Side.RIGHT);
        drawing.paint("lateral", side, Intensity.MODERATE);
        assertEquals(java.util.List.of("side-of-chest"), drawing.paintedRegions(java.util.List.of("side-of-chest")));
        DrawingRanking ranking = new DrawingRanker(ZONES).rank(drawing);
        DrawingRanking.Candidate first = ranking.candidates().get(0);
        assertEquals("serratus-anterior/right", first.key(), ranking.candidates().toString());
        assertTrue(first.essentialShare() > 0.3, "much of the shading lies in its essential zone: " + first.essentialShare());
    }
}
