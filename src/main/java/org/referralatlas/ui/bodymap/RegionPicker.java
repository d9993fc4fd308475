package org.referralatlas.ui.bodymap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.referralatlas.geometry.Shape;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.FigureView;
import org.referralatlas.model.Laterality;
import org.referralatlas.model.PainRegion;
import org.referralatlas.model.Point;
import org.referralatlas.model.Side;
import org.referralatlas.scene.PatternScene;

/**
 * Finds the pain regions under a design-space point of one view, on either side. The region outlines are
 * flattened at the first question, not when the figure is built: the first frame does not need them.
 */
final class RegionPicker {
    private final Atlas atlas;
    private final FigureView view;
    private final boolean profile;
    private Map<PainRegion, List<Shape>> shapes;

    RegionPicker(Atlas atlas, FigureView view, boolean profile) {
        this.atlas = atlas;
        this.view = view;
        this.profile = profile;
    }

    private Map<PainRegion, List<Shape>> shapes() {
        if (shapes == null) {
            shapes = new LinkedHashMap<>();
            for (PainRegion region : atlas.regions()) {
                List<Shape> list = region.shapesIn(view.id()).stream().map(PatternScene::shapeOf).toList();
                if (!list.isEmpty()) {
                    shapes.put(region, list);
                }
            }
        }
        return shapes;
    }

    /** The patient's side a point of a two-sided view lies on; in a profile view, the side shown. */
    Side sideAt(Point p, Side profileSide) {
        if (profile) {
            return profileSide;
        }
        boolean viewerLeft = p.x() < view.midlineX();
        return viewerLeft == view.patientRightOnViewerLeft() ? Side.RIGHT : Side.LEFT;
    }

    /** Region ids under the point, in atlas order. Shapes are authored on the right and mirrored. */
    List<String> regionsAt(Point p) {
        Point mirrored = p.mirroredAbout(view.midlineX());
        List<String> ids = new ArrayList<>();
        shapes().forEach((region, list) -> {
            boolean twoSided = region.laterality() == Laterality.BILATERAL && !profile;
            for (Shape s : list) {
                if (s.contains(p) || (twoSided && s.contains(mirrored))) {
                    ids.add(region.id());
                    return;
                }
            }
        });
        return ids;
    }
}
