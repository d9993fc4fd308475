package org.referralatlas.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.FigureView;

class DistancesTest {
    private static final Atlas ATLAS = new AtlasLoader().loadBundled().atlas();

    @Test
    void everyBundledViewSaysItsDistancesInCentimetresOnAnAdult() {
        FigureView anterior = ATLAS.view("anterior").orElseThrow();
        double head = anterior.landmark("menton").orElseThrow().at().y() - anterior.landmark("vertex").orElseThrow().at().y();
        for (FigureView view : ATLAS.views()) {
            assertEquals(23, Distances.centimetres(ATLAS, view, head).orElseThrow(), 1e-9, view.id() + ": the head is 23 cm");
            assertEquals(11.5, Distances.centimetres(ATLAS, view, head / 2).orElseThrow(), 1e-9);
        }
    }

    @Test
    void aViewWithoutTheChinMeasuresByAnotherViewsHead() {
        FigureView bare = ATLAS.views().iterator().next();
        FigureView noLandmarks = new FigureView(bare.id(), bare.name(), bare.viewBox(), bare.midlineX(),
                bare.profile(), bare.patientRightOnViewerLeft(), List.of(), bare.art(), bare.muscles());
        assertTrue(Distances.headHeight(noLandmarks).isEmpty());
        assertTrue(Distances.centimetres(ATLAS, noLandmarks, 50).isPresent(), "another view of the atlas has the head");
    }
}
