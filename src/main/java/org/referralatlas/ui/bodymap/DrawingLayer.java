package org.referralatlas.ui.bodymap;

import java.util.List;
import javafx.scene.Group;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.referralatlas.model.Intensity;
import org.referralatlas.model.Point;
import org.referralatlas.scene.DrawingScene;
import org.referralatlas.scene.SceneShape;

/**
 * The non-interactive overlay of a pain drawing, in the map's world coordinates so it zooms and pans
 * with the figure: the drawing's {@link DrawingScene} (one path per intensity made of the painted cells
 * merged into row runs, then their outline, as an export draws them), a hatched path for the unexplained
 * cells, and the live brush path while dragging. Mouse-transparent, so
 * node-per-muscle picking underneath is unchanged.
 */
final class DrawingLayer {
    private final Group root = new Group();
    /** One node per shape of the drawing's scene: the intensities, then the outline. */
    private final List<SVGPath> painted = new java.util.ArrayList<>();
    private final SVGPath unexplained = new SVGPath();
    private final Polyline preview = new Polyline();
    private final javafx.scene.shape.Circle cursor = new javafx.scene.shape.Circle();

    DrawingLayer() {
        root.setMouseTransparent(true);
        root.getStyleClass().add(BodyMapCss.DRAWING);
        for (SceneShape shape : DrawingScene.of(java.util.Collections.nCopies(Intensity.values().length, null))) {
            SVGPath p = SceneNodes.node(shape, 0);
            painted.add(p);
            root.getChildren().add(p);
        }
        unexplained.getStyleClass().add(BodyMapCss.UNEXPLAINED);
        preview.getStyleClass().add(BodyMapCss.BRUSH_PREVIEW);
        preview.setStrokeLineCap(StrokeLineCap.ROUND);
        preview.setStrokeLineJoin(StrokeLineJoin.ROUND);
        cursor.getStyleClass().add(BodyMapCss.BRUSH_CURSOR);
        cursor.setVisible(false);
        root.getChildren().addAll(unexplained, preview, cursor);
    }

    /** Key rows for the legend, shown in draw mode only: the painted shades and the hatching. */
    static List<javafx.scene.Node> legendRows(java.util.ResourceBundle text,
                                              javafx.beans.value.ObservableObjectValue<MapMode> mode) {
        Group shades = new Group();
        for (Intensity i : Intensity.values()) {
            SVGPath p = new SVGPath();
            p.setContent("M" + (2 + 9 * i.ordinal()) + ",2h9v18h-9z");
            p.getStyleClass().add(BodyMapCss.PAINTED + "-" + i.id());
            shades.getChildren().add(p);
        }
        SVGPath hatch = new SVGPath();
        hatch.setContent("M2,2h26v18h-26z");
        hatch.getStyleClass().add(BodyMapCss.UNEXPLAINED);
        List<javafx.scene.Node> rows = List.of(Legend.row(shades, text.getString("bodymap.legend.painted")),
                Legend.row(new Group(hatch), text.getString("bodymap.legend.unexplained")));
        for (javafx.scene.Node r : rows) {
            r.visibleProperty().bind(javafx.beans.binding.Bindings.equal(mode, MapMode.DRAW));
            r.managedProperty().bind(r.visibleProperty());
        }
        return rows;
    }

    Group node() {
        return root;
    }

    /** Shows the cells (null or another view's cells: nothing). */
    void show(PaintedCells cells, String viewId) {
        boolean here = cells != null && cells.viewId().equals(viewId);
        List<SceneShape> shapes = here ? DrawingScene.of(cells.layers()) : List.of();
        for (int i = 0; i < painted.size(); i++) {
            painted.get(i).setContent(here ? shapes.get(i).path() : "");
        }
        unexplained.setContent(here && cells.unexplained() != null ? DrawingScene.runs(cells.unexplained()) : "");
    }

    /** The brush path being dragged, as a round-capped line of the brush's width. */
    void preview(List<Point> points, double radius, boolean erase) {
        preview.getPoints().clear();
        for (Point p : points) {
            preview.getPoints().addAll(p.x(), p.y());
        }
        preview.setStrokeWidth(2 * radius);
        preview.pseudoClassStateChanged(BodyMapCss.ERASING, erase);
    }

    /** The brush outline under the pointer, so the user sees its size before painting; null hides it. */
    void cursor(Point at, double radius, boolean erase) {
        cursor.setVisible(at != null);
        if (at != null) {
            cursor.setCenterX(at.x());
            cursor.setCenterY(at.y());
            cursor.setRadius(radius);
            cursor.pseudoClassStateChanged(BodyMapCss.ERASING, erase);
        }
    }

    void endPreview() {
        preview.getPoints().clear();
    }
}
