package org.referralatlas.query;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.referralatlas.geometry.Mask;
import org.referralatlas.model.PainDrawing;

/**
 * Two drawings of the same patient compared, e.g. before and after a course of treatment: how the
 * painted extent changed and how much the two overlap. Intensity is ignored here: this is about where
 * it hurts. Views are compared cell by cell on the atlas's grids; a view drawn in only one of the two
 * counts fully as change.
 *
 * @param areaBefore  painted area of the first drawing, square design units, all views
 * @param areaAfter   painted area of the second drawing
 * @param jaccard     |A ∩ B| / |A ∪ B| over all views (1 when both are blank)
 * @param perView     the same per view
 */
public record DrawingComparison(double areaBefore, double areaAfter, double jaccard, Map<String, ViewChange> perView) {
    public DrawingComparison {
        perView = Map.copyOf(perView);
    }

    /** One view: areas before and after, the area in both, and their Jaccard overlap. */
    public record ViewChange(double areaBefore, double areaAfter, double areaInBoth, double jaccard) {
    }

    /** Change in extent: after − before (negative when the pain area shrank). */
    public double areaChange() {
        return areaAfter - areaBefore;
    }

    /** Relative change in extent, (after − before) / before; infinite when the first drawing is blank. */
    public double relativeChange() {
        return areaBefore == 0 ? (areaAfter == 0 ? 0 : Double.POSITIVE_INFINITY) : areaChange() / areaBefore;
    }

    /** Compares two drawings on an atlas's view grids. */
    public static DrawingComparison of(ZoneMasks zones, PainDrawing before, PainDrawing after) {
        DrawnMasks a = DrawnMasks.of(zones, before);
        DrawnMasks b = DrawnMasks.of(zones, after);
        Set<String> views = new LinkedHashSet<>(a.views());
        views.addAll(b.views());
        Map<String, ViewChange> perView = new LinkedHashMap<>();
        double before0 = 0, after0 = 0, both = 0;
        for (String v : views) {
            double cell = zones.grid(v).orElseThrow().cellArea();
            Mask ma = a.all(v), mb = b.all(v);
            int ca = ma.count(), cb = mb.count(), cab = ma.countAnd(mb);
            perView.put(v, new ViewChange(ca * cell, cb * cell, cab * cell, Mask.jaccard(ma, mb)));
            before0 += ca * cell;
            after0 += cb * cell;
            both += cab * cell;
        }
        double union = before0 + after0 - both;
        return new DrawingComparison(before0, after0, union == 0 ? 1.0 : both / union, perView);
    }
}
