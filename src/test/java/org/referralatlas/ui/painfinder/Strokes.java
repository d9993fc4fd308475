package org.referralatlas.ui.painfinder;

import java.awt.geom.Rectangle2D;
import java.util.List;
import org.referralatlas.geometry.PathSyntaxException;
import org.referralatlas.geometry.SvgPath2D;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Point;

/** Brush strokes for tests: across the middle of a pain region as drawn on a view. */
public final class Strokes {
    private Strokes() {
    }

    /** A short stroke through the centre of the region's first shape on the view. */
    public static List<Point> across(Atlas atlas, String regionId, String view) {
        String path = atlas.region(regionId).orElseThrow().shapesIn(view).get(0);
        Rectangle2D b;
        try {
            b = SvgPath2D.parse(path).getBounds2D();
        } catch (PathSyntaxException e) {
            throw new AssertionError(e);
        }
        return List.of(new Point(b.getCenterX() - 2, b.getCenterY()), new Point(b.getCenterX() + 2, b.getCenterY()));
    }
}
