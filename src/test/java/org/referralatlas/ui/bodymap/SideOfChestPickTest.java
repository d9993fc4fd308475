package org.referralatlas.ui.bodymap;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.referralatlas.TestAtlases;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.FigureView;
import org.referralatlas.model.Point;

/**
 * In the pain finder, a click on the side of the chest below the armpit in the right lateral view picks the
 * side-of-chest region (issue 13), where the serratus anterior's trigger point and essential zone lie.
 */
class SideOfChestPickTest {
    @Test
    void aClickOnTheSideOfTheChestInTheSideViewPicksThatRegion() {
        Atlas atlas = TestAtlases.bundled();
        FigureView lateral = atlas.view("lateral").orElseThrow();
        RegionPicker picker = new RegionPicker(atlas, lateral, true);
        Point tp = atlas.muscle("serratus-anterior").orElseThrow().triggerPoints().get(0).positions().get("lateral");
        assertTrue(picker.regionsAt(tp).contains("side-of-chest"), "picked " + picker.regionsAt(tp));
        // below the pectoral fold and in front of the arm, three rib spaces lower: still the side of the chest
        Point rib8 = lateral.landmark("rib-8-anterior-axillary").orElseThrow().at();
        Point low = new Point(rib8.x() + 8, rib8.y());
        assertTrue(picker.regionsAt(low).contains("side-of-chest"), "picked " + picker.regionsAt(low));
    }
}
