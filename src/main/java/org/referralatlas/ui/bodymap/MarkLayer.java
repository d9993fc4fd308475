package org.referralatlas.ui.bodymap;

import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.SVGPath;
import org.referralatlas.model.Intensity;
import org.referralatlas.model.ZoneKind;
import org.referralatlas.scene.PatternScene;

/**
 * The nodes of a {@link BodyMapView}'s {@link MapMark}s, in the figure's design space (so they mirror
 * with it). Zones and trigger points are built by the same code as the selected muscle's pattern, a
 * region as a chosen pain region, a painting as the pain drawing's cells: one look for the whole app.
 * Mouse-transparent.
 */
final class MarkLayer {
    /** Radius of the click ring and of the keyboard cursor, in design units. */
    static final double CLICK_RADIUS = 10, CURSOR_RADIUS = 6;

    private final Group root = new Group();

    MarkLayer() {
        root.setMouseTransparent(true);
        root.getStyleClass().add(BodyMapCss.MARKS);
    }

    Group node() {
        return root;
    }

    void show(List<MapMark> marks) {
        root.getChildren().setAll(marks.stream().map(MarkLayer::build).toList());
    }

    static Node build(MapMark mark) {
        if (mark instanceof MapMark.Zone z) {
            return SceneNodes.group(PatternScene.zone(z.kind(), z.path(), false));
        }
        if (mark instanceof MapMark.Region r) {
            SVGPath region = FigureBuilder.path(r.path(), BodyMapCss.REGION);
            region.pseudoClassStateChanged(BodyMapCss.CHOSEN, true);
            return region;
        }
        if (mark instanceof MapMark.TriggerPoint t) {
            return SceneNodes.group(PatternScene.mark(t.at(), t.label(), false));
        }
        if (mark instanceof MapMark.Click c) {
            return FigureBuilder.path(PatternScene.circle(c.at().x(), c.at().y(), CLICK_RADIUS), BodyMapCss.MARK_CLICK);
        }
        if (mark instanceof MapMark.Cursor c) {
            return FigureBuilder.path(PatternScene.circle(c.at().x(), c.at().y(), CURSOR_RADIUS), BodyMapCss.MARK_CURSOR);
        }
        MapMark.Painting p = (MapMark.Painting) mark;
        return p.brush() == ZoneKind.ESSENTIAL
                ? FigureBuilder.path(org.referralatlas.scene.DrawingScene.runs(p.cells()), BodyMapCss.PAINTED + "-" + Intensity.MODERATE.id())
                : FigureBuilder.path(PathData.dots(p.cells()), BodyMapCss.PAINTED_DOTS);
    }
}
