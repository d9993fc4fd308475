package org.referralatlas.export;

import java.util.List;
import org.referralatlas.model.Layer;
import org.referralatlas.model.Side;

/**
 * What to draw: one view, optionally one muscle with its trigger points and referral pattern,
 * optionally the pain regions a patient marked.
 *
 * @param viewId      id of the figure view
 * @param muscleId    muscle to emphasise with its pattern, or null for the plain figure
 * @param side        the patient's side to show the pattern on; {@link Side#BOTH} shows both
 * @param layer       muscle layer to show, or null for the selected muscle's own layer (else superficial)
 * @param painRegions ids of regions to mark as "where you feel pain" (pain-finder handouts); may be empty
 * @param legend      whether to add the legend band below the figure
 * @param triggerPoint id of the one trigger point whose pattern to draw (a plate of one trigger point), or
 *                    null for all of the muscle's trigger points
 * @param painted     the patient's pain drawing on this view, drawn over everything, or null
 */
public record FigureRequest(String viewId, String muscleId, Side side, Layer layer, List<String> painRegions,
                            boolean legend, String triggerPoint, PaintedArea painted) {
    public FigureRequest {
        side = side == null ? Side.RIGHT : side;
        painRegions = painRegions == null ? List.of() : List.copyOf(painRegions);
    }

    /** A request without a pain drawing. */
    public FigureRequest(String viewId, String muscleId, Side side, Layer layer, List<String> painRegions,
                         boolean legend, String triggerPoint) {
        this(viewId, muscleId, side, layer, painRegions, legend, triggerPoint, null);
    }

    /** A request for all of the muscle's trigger points. */
    public FigureRequest(String viewId, String muscleId, Side side, Layer layer, List<String> painRegions,
                         boolean legend) {
        this(viewId, muscleId, side, layer, painRegions, legend, null);
    }

    /** A muscle's pattern on one side, with the legend. */
    public static FigureRequest muscle(String viewId, String muscleId, Side side) {
        return new FigureRequest(viewId, muscleId, side, null, List.of(), true);
    }

    public FigureRequest withLayer(Layer newLayer) {
        return new FigureRequest(viewId, muscleId, side, newLayer, painRegions, legend, triggerPoint, painted);
    }

    public FigureRequest withPainRegions(List<String> regions) {
        return new FigureRequest(viewId, muscleId, side, layer, regions, legend, triggerPoint, painted);
    }

    public FigureRequest withSide(Side newSide) {
        return new FigureRequest(viewId, muscleId, newSide, layer, painRegions, legend, triggerPoint, painted);
    }

    public FigureRequest withLegend(boolean withLegend) {
        return new FigureRequest(viewId, muscleId, side, layer, painRegions, withLegend, triggerPoint, painted);
    }

    /** Only this trigger point's pattern (null: all of the muscle's). */
    public FigureRequest withTriggerPoint(String triggerPointId) {
        return new FigureRequest(viewId, muscleId, side, layer, painRegions, legend, triggerPointId, painted);
    }

    /** With the patient's drawing on this view over the figure (null: none). */
    public FigureRequest withPainted(PaintedArea area) {
        if (area != null && !area.viewId().equals(viewId)) {
            throw new IllegalArgumentException("a drawing of view " + area.viewId() + " on view " + viewId);
        }
        return new FigureRequest(viewId, muscleId, side, layer, painRegions, legend, triggerPoint, area);
    }
}
