package org.referralatlas.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What was painted on one figure view, in that view's design coordinates, as the strokes in the order
 * they were made (a later stroke paints over an earlier one).
 *
 * @param side which of the patient's sides this drawing is about. {@code BOTH} (the usual for anterior
 *             and posterior views, which show both sides) lets the muscles of either side explain it;
 *             {@code RIGHT} or {@code LEFT} restricts it to that side, as for a lateral view, which shows
 *             one side (the left as the mirror image of the right, drawn in mirrored coordinates).
 */
public record ViewDrawing(String view, Side side, List<Stroke> strokes) {
    public ViewDrawing {
        strokes = List.copyOf(strokes);
        if (side == null) {
            side = Side.BOTH;
        }
    }

    public ViewDrawing withStroke(Stroke stroke) {
        List<Stroke> list = new ArrayList<>(strokes);
        list.add(stroke);
        return new ViewDrawing(view, side, list);
    }

    public ViewDrawing withSide(Side newSide) {
        return new ViewDrawing(view, newSide, strokes);
    }

    /** True when no stroke paints (erasers alone leave nothing). */
    public boolean isBlank() {
        return strokes.stream().allMatch(Stroke::erase);
    }
}
