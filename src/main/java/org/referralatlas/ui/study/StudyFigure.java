package org.referralatlas.ui.study;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.scene.Group;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import org.referralatlas.model.ArtKind;
import org.referralatlas.model.FigureView;
import org.referralatlas.model.Layer;
import org.referralatlas.model.Point;
import org.referralatlas.model.ViewBox;
import org.referralatlas.study.GridMask;

/**
 * A figure view for study questions: the base art, the question's overlays (zones, a region,
 * trigger points, a click) and the student's painting. Draws in the view's design space, scaled to fit;
 * mouse handlers receive design-space coordinates. The painting is a non-interactive Canvas overlay,
 * the rest are nodes so that TestFX and CSS can reach them.
 */
final class StudyFigure extends Region {
    private final Group content = new Group();
    private final Rectangle backdrop = new Rectangle();
    private final Group art = new Group();
    private final Group overlays = new Group();
    private final Canvas painting = new Canvas();
    private final Circle cursor = new Circle(6);
    private final Rectangle clip = new Rectangle();
    private static final Map<ArtKind, String> STUDY_ART = Map.of(ArtKind.SILHOUETTE, StudyStyles.ART,
            ArtKind.BONE, StudyStyles.ART_BONE, ArtKind.FEATURE, StudyStyles.ART_FEATURE);
    private ViewBox box = new ViewBox(0, 0, 800, 720);
    /** The part of the view box shown: the art with a margin, so the figure fills the space. */
    private ViewBox focus = box;
    /** The midline the figure is mirrored about, or NaN when it is shown as authored. */
    private double mirrorAxis = Double.NaN;

    StudyFigure() {
        getStyleClass().add(StudyStyles.FIGURE);
        backdrop.setFill(Color.TRANSPARENT);
        cursor.getStyleClass().add(StudyStyles.CURSOR);
        cursor.setMouseTransparent(true);
        cursor.setVisible(false);
        painting.setMouseTransparent(true);
        overlays.setMouseTransparent(true);
        art.setMouseTransparent(true);
        content.getChildren().addAll(backdrop, art, overlays, painting, cursor);
        getChildren().add(content);
        setClip(clip);
        setMinSize(200, 180);
        setPrefSize(480, 432);
    }

    /**
     * Shows the view on the patient's right as authored, or mirrored about the midline for the left
     * (the whole figure, so a profile turns round); pointer input is mirrored back with it.
     */
    void showView(FigureView view, boolean mirrored) {
        mirrorAxis = mirrored ? view.midlineX() : Double.NaN;
        box = view.viewBox();
        backdrop.setX(box.x());
        backdrop.setY(box.y());
        backdrop.setWidth(box.width());
        backdrop.setHeight(box.height());
        painting.setLayoutX(box.x());
        painting.setLayoutY(box.y());
        painting.setWidth(box.width());
        painting.setHeight(box.height());
        // A plain figure to answer on: the skin, the face and ears, and the bones that show through it
        // (clavicle, scapula) dashed for orientation; no muscles, tendons or contour lines.
        art.getChildren().setAll(view.art().stream()
                .filter(a -> a.shownIn(Layer.SUPERFICIAL) && STUDY_ART.containsKey(a.kind()))
                .map(a -> path(a.path(), STUDY_ART.get(a.kind()))).toList());
        focus = artBounds();
        clear();
        requestLayout();
    }

    private ViewBox artBounds() {
        if (art.getChildren().isEmpty()) {
            return box;
        }
        var b = art.getBoundsInLocal();
        double margin = 30;
        double x0 = Math.max(box.x(), b.getMinX() - margin);
        double y0 = Math.max(box.y(), b.getMinY() - margin);
        double x1 = Math.min(box.x() + box.width(), b.getMaxX() + margin);
        double y1 = Math.min(box.y() + box.height(), b.getMaxY() + margin);
        return x1 > x0 && y1 > y0 ? new ViewBox(x0, y0, x1 - x0, y1 - y0) : box;
    }

    void clear() {
        overlays.getChildren().clear();
        painting.getGraphicsContext2D().clearRect(0, 0, painting.getWidth(), painting.getHeight());
        cursor.setVisible(false);
    }

    void showPaths(List<String> pathData, String styleClass) {
        pathData.forEach(d -> overlays.getChildren().add(path(d, styleClass)));
    }

    void showPoint(Point at, double radius, String styleClass) {
        Circle c = new Circle(at.x(), at.y(), radius);
        c.getStyleClass().add(styleClass);
        overlays.getChildren().add(c);
    }

    void showCursor(Point at) {
        cursor.setVisible(at != null);
        if (at != null) {
            cursor.setCenterX(at.x());
            cursor.setCenterY(at.y());
        }
    }

    /** Paints mask cells: essential solid, spillover as dots, so the two differ without colour. */
    void showMasks(GridMask essential, GridMask spillover) {
        GraphicsContext g = painting.getGraphicsContext2D();
        g.clearRect(0, 0, painting.getWidth(), painting.getHeight());
        if (essential != null) {
            g.setFill(Color.rgb(46, 111, 189, 0.55));
            double c = essential.cell();
            essential.cellCentres().forEach(p -> g.fillRect(p.x() - c / 2 - box.x(), p.y() - c / 2 - box.y(), c, c));
        }
        if (spillover != null) {
            g.setFill(Color.rgb(46, 111, 189, 0.9));
            double c = spillover.cell();
            spillover.cellCentres().forEach(p -> g.fillOval(p.x() - c / 4 - box.x(), p.y() - c / 4 - box.y(), c / 2, c / 2));
        }
    }

    /** Press and drag handlers in design space; the flag is true for the secondary (erase) button. */
    void onPointer(PointerHandler handler) {
        BiConsumer<MouseEvent, Boolean> forward = (e, drag) -> {
            handler.at(e.getX(), e.getY(), drag, e.getButton() == MouseButton.SECONDARY);
            e.consume();
        };
        backdrop.setOnMousePressed(e -> forward.accept(e, false));
        backdrop.setOnMouseDragged(e -> forward.accept(e, true));
    }

    @FunctionalInterface
    interface PointerHandler {
        void at(double x, double y, boolean drag, boolean secondary);
    }

    /** Screen coordinates of a design-space point (for tests driving the pointer). */
    javafx.geometry.Point2D toScreen(Point p) {
        return content.localToScreen(p.x(), p.y());
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        double scale = Math.min(w / focus.width(), h / focus.height());
        double dx = snappedLeftInset() + (w - focus.width() * scale) / 2;
        double dy = snappedTopInset() + (h - focus.height() * scale) / 2;
        boolean mirrored = !Double.isNaN(mirrorAxis);
        // Mirrored, the focus box's left edge is the mirror image of its right edge.
        double left = mirrored ? 2 * mirrorAxis - (focus.x() + focus.width()) : focus.x();
        content.getTransforms().setAll(new Translate(dx, dy), new Scale(scale, scale),
                new Translate(-left, -focus.y()));
        if (mirrored) {
            content.getTransforms().add(new Scale(-1, 1, mirrorAxis, 0));
        }
        // The backdrop spans the whole view box for clicks; keep what lies outside the focus hidden.
        clip.setWidth(getWidth());
        clip.setHeight(getHeight());
    }

    private static SVGPath path(String data, String styleClass) {
        SVGPath p = new SVGPath();
        p.setContent(data);
        p.getStyleClass().add(styleClass);
        return p;
    }
}
