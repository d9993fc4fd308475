package org.referralatlas.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.referralatlas.geometry.Mask;
import org.referralatlas.model.Intensity;
import org.referralatlas.model.PainDrawing;
import org.referralatlas.model.Point;
import org.referralatlas.model.Stroke;

class DrawingComparisonTest {
    private static final ZoneMasks ZONES = DrawingRankerTest.ZONES;

    private static PainDrawing dab(String view, double x, double y, double r, Intensity intensity) {
        return PainDrawing.empty(LocalDate.of(2026, 11, 1))
                .withStroke(view, Stroke.paint(List.of(new Point(x, y)), r, intensity));
    }

    private static double area(double x, double y, double r) {
        Mask m = new Mask(ZONES.grid("lateral").orElseThrow()).paintDisc(x, y, r);
        return m.count() * m.grid().cellArea();
    }

    @Test
    void theSameAreaAtAnotherIntensityIsUnchangedInExtent() {
        DrawingComparison c = DrawingComparison.of(ZONES, dab("lateral", 450, 110, 20, Intensity.SEVERE),
                dab("lateral", 450, 110, 20, Intensity.MILD));
        assertEquals(1.0, c.jaccard());
        assertEquals(0.0, c.areaChange());
    }

    @Test
    void aShrinkingPainAreaShowsTheChangeAndTheOverlap() {
        DrawingComparison c = DrawingComparison.of(ZONES, dab("lateral", 450, 110, 20, Intensity.SEVERE),
                dab("lateral", 450, 110, 10, Intensity.MILD));
        double before = area(450, 110, 20), after = area(450, 110, 10);
        assertEquals(before, c.areaBefore());
        assertEquals(after, c.areaAfter());
        assertEquals(after - before, c.areaChange());
        assertEquals((after - before) / before, c.relativeChange(), 1e-12);
        assertEquals(after / before, c.jaccard(), 1e-12, "the smaller disc lies inside the larger");
    }

    @Test
    void drawingsOnDifferentViewsDoNotOverlap() {
        DrawingComparison c = DrawingComparison.of(ZONES, dab("lateral", 450, 110, 20, Intensity.SEVERE),
                dab("posterior", 450, 110, 20, Intensity.SEVERE));
        assertEquals(0.0, c.jaccard());
        assertEquals(0.0, c.perView().get("lateral").jaccard());
        assertEquals(0.0, c.perView().get("posterior").areaBefore());
    }

    @Test
    void partlyOverlappingDrawings() {
        PainDrawing a = dab("lateral", 400, 300, 20, Intensity.MODERATE);
        PainDrawing b = dab("lateral", 420, 300, 20, Intensity.MODERATE);
        Mask ma = new Mask(ZONES.grid("lateral").orElseThrow()).paintDisc(400, 300, 20);
        Mask mb = new Mask(ZONES.grid("lateral").orElseThrow()).paintDisc(420, 300, 20);
        assertEquals(Mask.jaccard(ma, mb), DrawingComparison.of(ZONES, a, b).jaccard(), 1e-12);
        double expected = 0.2523; // lens of two r=20 discs 20 apart over their union, analytically
        assertEquals(expected, DrawingComparison.of(ZONES, a, b).jaccard(), 0.02);
    }
}
