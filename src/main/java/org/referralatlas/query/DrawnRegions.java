package org.referralatlas.query;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.referralatlas.geometry.Mask;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.PainRegion;
import org.referralatlas.model.ReferralZone;
import org.referralatlas.model.Side;
import org.referralatlas.model.TriggerPoint;
import org.referralatlas.model.ZoneKind;

/**
 * The pain regions a drawing paints, each with its share of the drawing's intensity-weighted cells in
 * regions (per side: the left temple and the right temple are two regions of the drawing; a cell in
 * two regions, where rasterised outlines meet, counts in neither, so a painted region is that region
 * alone), so that
 * {@link ClinicalScore#drawingScore} can score a muscle as the lookup would, with coverage in the
 * drawing's own terms.
 */
final class DrawnRegions {
    /** A unit's coverage of the drawing's regions and its clinical score there. */
    record Clinical(double explained, double meanCredit, double score) {
    }

    private final Map<Side, Map<String, Long>> weights = new EnumMap<>(Side.class);
    private final double total;
    private final double typical;

    DrawnRegions(ZoneMasks zones, DrawnMasks drawn) {
        long sum = 0;
        for (String v : drawn.views()) {
            for (Side side : new Side[] {Side.RIGHT, Side.LEFT}) {
                if (drawn.side(v) != Side.BOTH && drawn.side(v) != side) {
                    continue;
                }
                Map<String, Mask> masks = new LinkedHashMap<>();
                for (PainRegion r : zones.atlas().regions()) {
                    zones.region(r.id(), v, side).filter(m -> !m.isEmpty()).ifPresent(m -> masks.put(r.id(), m));
                }
                Mask border = border(masks);
                for (Map.Entry<String, Mask> e : masks.entrySet()) {
                    String r = e.getKey();
                    long w = drawn.weighted(v, e.getValue().copy().andNot(border));
                    if (w > 0) {
                        weights.computeIfAbsent(side, s -> new HashMap<>()).merge(r, w, Long::sum);
                        sum += w;
                    }
                }
            }
        }
        total = sum;
        double q = 0;
        for (Map<String, Long> bySide : weights.values()) {
            for (long w : bySide.values()) {
                q += ((double) w / sum) * ((double) w / sum);
            }
        }
        typical = q;
    }

    /** The cells of a view that lie in two or more regions (rasterised outlines overlap at their borders). */
    private static Mask border(Map<String, Mask> masks) {
        Mask seen = null;
        Mask border = null;
        for (Mask m : masks.values()) {
            if (seen == null) {
                seen = m.copy();
                border = new Mask(m.grid());
            } else {
                border.or(m.copy().and(seen));
                seen.or(m);
            }
        }
        return border; // null only when the view has no region, and then it is not used
    }

    /** True when the drawing paints no pain region (then only the geometric fit can rank). */
    boolean isEmpty() {
        return total == 0;
    }

    /** The clinical score of a muscle on one side, ranked as {@code unit} (its group's id, or its own). */
    Clinical score(ClinicalScore clinical, String unit, Muscle muscle, Side side) {
        Map<String, Long> drawnHere = weights.getOrDefault(side, Map.of());
        Map<String, ZoneKind> best = new HashMap<>();
        for (TriggerPoint tp : muscle.triggerPoints()) {
            for (ReferralZone zone : tp.zones()) {
                for (String region : zone.regions()) {
                    if (drawnHere.containsKey(region)) {
                        best.merge(region, zone.kind(), (a, b) -> a == ZoneKind.ESSENTIAL ? a : b);
                    }
                }
            }
        }
        if (best.isEmpty()) {
            return new Clinical(0, 0, 0);
        }
        double explained = 0;
        double credit = 0;
        for (Map.Entry<String, ZoneKind> e : best.entrySet()) {
            double s = drawnHere.get(e.getKey()) / total;
            explained += s;
            credit += s * clinical.credit(unit, e.getKey(), e.getValue());
        }
        double mean = credit / explained;
        return new Clinical(explained, mean, ClinicalScore.drawingScore(explained, mean, typical));
    }
}
