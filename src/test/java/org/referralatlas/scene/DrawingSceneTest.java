package org.referralatlas.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.referralatlas.geometry.Mask;
import org.referralatlas.geometry.MaskGrid;

/** A pain drawing as scene shapes: the cells of each intensity as row runs, then one outline of them all. */
class DrawingSceneTest {
    private static final MaskGrid GRID = MaskGrid.over(0, 0, 20, 20, 2);

    @Test
    void eachIntensityIsItsRunsAndTheOutlineGoesRoundAllOfThemWithoutSeams() {
        Mask mild = new Mask(GRID).paintDisc(1, 1, 0.5);      // cell (0, 0)
        Mask severe = new Mask(GRID).paintDisc(3, 1, 0.5);    // cell (1, 0), beside it
        List<SceneShape> shapes = DrawingScene.of(Arrays.asList(mild, null, severe));
        assertEquals(List.of(Role.PAINTED_MILD, Role.PAINTED_MODERATE, Role.PAINTED_SEVERE, Role.PAINTED_OUTLINE),
                shapes.stream().map(SceneShape::role).toList());
        assertEquals("M0 0h2v2h-2z", shapes.get(0).path());
        assertEquals("", shapes.get(1).path(), "no moderate cells");
        assertEquals("M2 0h2v2h-2z", shapes.get(2).path());
        // Top and bottom of both cells, the outer left and right sides; not the edge the two cells share.
        assertEquals("M0 0h2M0 2h2M0 0v2M2 0h2M2 2h2M4 0v2", shapes.get(3).path());
    }

    @Test
    void anEmptyDrawingHasNothingToDraw() {
        List<SceneShape> shapes = DrawingScene.of(Arrays.asList(new Mask(GRID), null, new Mask(GRID)));
        assertEquals(List.of("", "", "", ""), shapes.stream().map(SceneShape::path).toList());
    }
}
