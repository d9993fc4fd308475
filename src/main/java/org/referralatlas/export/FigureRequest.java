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
 */
public record FigureRequest(String viewId, String muscleId, Side side, Layer layer, List<String> painRegions,
                            boolean legend) {
    public FigureRequest {
        side = side == null ? Side.RIGHT : side;
        painRegions = painRegions == null ? List.of() : List.copyOf(painRegions);
    }

    /** A muscle's pattern on one side, with the legend. */
    public static FigureRequest muscle(String viewId, String muscleId, Side side) {
        return new FigureRequest(viewId, muscleId, side, null, List.of(), true);
    }

    public FigureRequest withLayer(Layer newLayer) {
        return new FigureRequest(viewId, muscleId, side, newLayer, painRegions, legend);
    }

    public FigureRequest withPainRegions(List<String> regions) {
        return new FigureRequest(viewId, muscleId, side, layer, regions, legend);
    }

    public FigureRequest withSide(Side newSide) {
        return new FigureRequest(viewId, muscleId, newSide, layer, painRegions, legend);
    }

    public FigureRequest withLegend(boolean withLegend) {
        return new FigureRequest(viewId, muscleId, side, layer, painRegions, withLegend);
    }
}
