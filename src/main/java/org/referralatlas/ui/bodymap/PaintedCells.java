package org.referralatlas.ui.bodymap;

import java.util.List;
import org.referralatlas.geometry.Mask;
import org.referralatlas.model.Intensity;
import org.referralatlas.model.Side;

/**
 * What the body map shows of a pain drawing on one view: the painted cells per intensity and the
 * painted cells no muscle explains (drawn hatched). The masks must not change after being handed
 * over (pass copies): the map redraws only when the property gets a new value.
 *
 * @param viewId       the view these cells belong to; other views show nothing
 * @param layers       one mask per {@link Intensity}, in declaration order (mild, moderate, severe)
 * @param unexplained  painted cells outside every referral zone; may be null
 * @param side         the patient's side the drawing is about; on a one-sided (lateral) view the cells show
 *                     only while the map shows that side (or for BOTH), since the other side is the mirror image
 */
public record PaintedCells(String viewId, List<Mask> layers, Mask unexplained, Side side) {
    public PaintedCells {
        layers = List.copyOf(layers);
        if (layers.size() != Intensity.values().length) {
            throw new IllegalArgumentException("one layer per intensity");
        }
        if (side == null) {
            side = Side.BOTH;
        }
    }
}
