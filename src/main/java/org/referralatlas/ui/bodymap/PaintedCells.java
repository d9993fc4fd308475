package org.referralatlas.ui.bodymap;

import java.util.List;
import org.referralatlas.geometry.Mask;
import org.referralatlas.model.Intensity;

/**
 * What the body map shows of a pain drawing on one view: the painted cells per intensity and the
 * painted cells no muscle explains (drawn hatched). The masks must not change after being handed
 * over (pass copies): the map redraws only when the property gets a new value.
 *
 * @param viewId       the view these cells belong to; other views show nothing
 * @param layers       one mask per {@link Intensity}, in declaration order (mild, moderate, severe)
 * @param unexplained  painted cells outside every referral zone; may be null
 */
public record PaintedCells(String viewId, List<Mask> layers, Mask unexplained) {
    public PaintedCells {
        layers = List.copyOf(layers);
        if (layers.size() != Intensity.values().length) {
            throw new IllegalArgumentException("one layer per intensity");
        }
    }
}
