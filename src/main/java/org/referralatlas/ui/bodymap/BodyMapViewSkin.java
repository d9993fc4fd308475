package org.referralatlas.ui.bodymap;

import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.transform.Scale;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.FigureView;
import org.referralatlas.model.Point;
import org.referralatlas.model.Side;

/**
 * Draws a {@link BodyMapView}: one SVGPath per shape in a design-space group scaled to fit.
 * Rebuilds nodes only when the atlas, view or layer changes; selection, highlights and chosen
 * regions only flip pseudo-classes (the pattern group is refilled for a new selection or side);
 * zoom and pan only change two transforms.
 */
public class BodyMapViewSkin extends SkinBase<BodyMapView> implements MapViewer {
    private final Viewport viewport = new Viewport();
    private final Group world = new Group();
    private final Rectangle clip = new Rectangle();
    private final VBox legend;
    private final MapInput input;
    private final DrawingLayer drawing = new DrawingLayer();
    private final HoverCaption hoverCaption = new HoverCaption();
    private final KeyCorner keyCorner = new KeyCorner();
    private Figure figure;
    private FigureView view;
    private RegionPicker picker;

    private final InvalidationListener rebuild = o -> rebuild();
    private final InvalidationListener repaintPattern = o -> refreshPattern();
    private final InvalidationListener restate = o -> refreshStates();
    private final InvalidationListener regions = o -> refreshRegions();
    private final MapZoom zoom;
    private final MarkLayer marks = new MarkLayer();
    private final InvalidationListener zoomListener, followPattern, followSelection;
    private final InvalidationListener remark = o -> marks.show(getSkinnable().getMarks());
    /** Whether the figure shown was built for a quiz; a change of mode rebuilds only across this line. */
    private boolean quizFigure;
    private final InvalidationListener modeListener = o -> {
        if ((getSkinnable().getMode() == MapMode.QUIZ) != quizFigure) {
            rebuild();
        }
    };
    private final InvalidationListener paint = o -> refreshDrawing();
    private final ResourceBundle text = BodyMapText.BUNDLE;
    /** Design units of paper round a quiz figure's art; the smallest the map may be laid out, in pixels. */
    private static final double QUIZ_MARGIN = 30, MIN_SIZE = 120;
    private final InvalidationListener keyWords = o -> retellKey();

    public BodyMapViewSkin(BodyMapView control) {
        super(control);
        zoom = new MapZoom(control, viewport);
        zoomListener = o -> zoom.onZoomProperty();
        followPattern = o -> zoom.followPattern(() -> getSkinnable() != null, this::selectedPattern, 3, false);
        followSelection = o -> zoom.followPattern(() -> getSkinnable() != null, this::selectedPattern, 3, true);
        world.getTransforms().addAll(viewport.translate, viewport.scale);
        legend = Legend.build(text);
        legend.getChildren().addAll(DrawingLayer.legendRows(text, control.modeProperty()));
        getChildren().addAll(world, legend, hoverCaption);
        control.setClip(clip);
        wiring(control).forEach(w -> w.getKey().addListener(w.getValue()));
        input = new MapInput(control, this);
        input.install();
        control.attach(this);
        retellKey();
        rebuild();
        marks.show(control.getMarks());
    }

    /** What the skin listens to on the control, and what it does then. */
    private List<Map.Entry<Observable, InvalidationListener>> wiring(BodyMapView c) {
        return List.of(Map.entry(c.atlasProperty(), rebuild), Map.entry(c.viewIdProperty(), rebuild),
                Map.entry(c.layerProperty(), rebuild), Map.entry(c.sideProperty(), repaintPattern),
                Map.entry(c.selectedMuscleIdProperty(), repaintPattern),
                Map.entry(c.focusedTriggerPointIdProperty(), repaintPattern), Map.entry(c.sideProperty(), paint),
                Map.entry(c.paintedCellsProperty(), paint), Map.entry(c.selectedMuscleIdProperty(), restate),
                Map.entry(c.getHighlightedMuscleIds(), restate), Map.entry(c.getChosenRegionIds(), regions),
                Map.entry(c.currentMuscleIdProperty(), restate), Map.entry(c.zoomProperty(), zoomListener),
                Map.entry(c.patientKeyProperty(), keyWords), Map.entry(c.getMarks(), remark),
                Map.entry(c.modeProperty(), modeListener), Map.entry(c.selectedMuscleIdProperty(), followSelection),
                Map.entry(c.viewIdProperty(), followPattern), Map.entry(c.zoomToPatternProperty(), followPattern));
    }

    @Override
    public void dispose() {
        BodyMapView control = getSkinnable();
        if (control == null) {
            return;
        }
        wiring(control).forEach(w -> w.getKey().removeListener(w.getValue()));
        input.uninstall();
        zoom.dispose();
        control.attach(null);
        control.setClip(null);
        getChildren().removeAll(world, legend, hoverCaption);
        super.dispose();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        BodyMapView control = getSkinnable();
        clip.setWidth(control.getWidth());
        clip.setHeight(control.getHeight());
        legend.setVisible(control.isLegendVisible());
        viewport.fitAround(control.getWidth(), control.getHeight(), legend);
        Pos corner = keyCorner.choose(control, legend, x, y, w, h, viewport.keyBeside(), viewport.zoom(),
                figure == null ? null : figure.root());
        layoutInArea(legend, x + 12, y + 12, w - 24, h - 24, 0, corner.getHpos(), corner.getVpos());
        layoutInArea(hoverCaption, x + 12, y + 12, w - 24, h - 24, 0, HPos.LEFT,
                corner == Pos.TOP_LEFT ? VPos.BOTTOM : VPos.TOP);
    }

    /** The key in the clinical or the patient's words; the figure's place beside it is decided again. */
    private void retellKey() {
        Legend.inWords(legend, getSkinnable().isPatientKey(), text);
        viewport.refit();
        getSkinnable().requestLayout();
    }

    /** Names the muscle (node) under the pointer, or hides the name for null. */
    void showHovered(javafx.scene.Node muscle) {
        hoverCaption.show(muscle);
    }

    /** Small: the figure scales to fit, and a whole arm's design size (1,000+ units) would push splits away. */
    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return MIN_SIZE + left + right;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return MIN_SIZE + top + bottom;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return viewport.box().width() + left + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return viewport.box().height() + top + bottom;
    }

    private void rebuild() {
        BodyMapView control = getSkinnable();
        Atlas atlas = control.getAtlas();
        view = atlas == null ? null : atlas.view(control.getViewId()).orElse(null);
        if (view == null) {
            figure = null;
            picker = null;
            world.getChildren().clear();
            return;
        }
        quizFigure = control.getMode() == MapMode.QUIZ;
        figure = quizFigure ? FigureBuilder.buildPlain(view) : FigureBuilder.build(atlas, view, control.getLayer());
        picker = new RegionPicker(atlas, view, figure.profile());
        viewport.setBox(view.viewBox());
        figure.root().getChildren().add(marks.node());
        getSkinnable().requestLayout(); // another view box may want the figure beside the key, or not
        world.getChildren().setAll(figure.root(), drawing.node());
        if (control.getCurrentMuscleId() != null && !figure.keyboardOrder().contains(control.getCurrentMuscleId())) {
            control.setCurrentMuscleId(null);
        }
        refreshPattern();
        refreshStates();
        refreshRegions();
        refreshDrawing();
    }

    private void refreshDrawing() {
        PaintedCells cells = getSkinnable().getPaintedCells();
        boolean otherSide = cells != null && cells.side() != Side.BOTH && shownSide() != Side.BOTH
                && cells.side() != shownSide();
        drawing.show(otherSide ? null : cells, view == null ? null : view.id());
    }

    /** The side a one-sided (lateral) view shows; BOTH for a view that shows both sides. */
    Side shownSide() {
        if (figure == null || !figure.profile()) {
            return Side.BOTH;
        }
        return getSkinnable().getSide() == Side.LEFT ? Side.LEFT : Side.RIGHT;
    }

    /** The drawing overlay, for the brush preview and outline while the pointer moves. */
    DrawingLayer drawingLayer() {
        return drawing;
    }

    /**
     * The design point under a scene point as the figure is shown (through the mirror of a left-side
     * profile view): the coordinates of the drawing model, whose left side is the mirror image.
     */
    Point shownPoint(double sceneX, double sceneY) {
        var p = world.sceneToLocal(sceneX, sceneY);
        return new Point(p.getX(), p.getY());
    }

    /** Where the selected muscle and its pattern are shown, in the control's coordinates; null without a selection. */
    javafx.geometry.Bounds shownPattern() {
        javafx.geometry.Bounds b = selectedPattern();
        return b == null ? null : world.localToParent(b);
    }

    String shownViewId() {
        return view == null ? null : view.id();
    }

    private void refreshPattern() {
        if (figure == null) {
            return;
        }
        BodyMapView control = getSkinnable();
        Side side = control.getSide() == null ? Side.RIGHT : control.getSide();
        // A profile turns round for the left side; so does a quiz figure of any view (the whole figure mirrored).
        boolean wholeFigure = figure.profile() || control.getMode() == MapMode.QUIZ;
        boolean mirrored = wholeFigure && side == Side.LEFT;
        figure.root().getTransforms().setAll(mirrored ? List.of(new Scale(-1, 1, view.midlineX(), 0)) : List.of());
        if (quizFigure) {
            // Fitted to the art, not the view box: the figure fills the space; mirrored, so is the box.
            viewport.setBox(figure.artBounds(view, mirrored, QUIZ_MARGIN));
            control.requestLayout();
        }
        figure.pattern().getChildren().setAll(PatternBuilder.selection(figure, control.getAtlas(),
                control.getSelectedMuscleId(), view, side, control.getFocusedTriggerPointId()));
    }

    private void refreshStates() {
        if (figure != null) {
            BodyMapView c = getSkinnable();
            figure.showStates(c.getSelectedMuscleId(), c.getCurrentMuscleId(), c.getHighlightedMuscleIds());
        }
    }

    private void refreshRegions() {
        if (figure != null) {
            figure.showChosen(getSkinnable().getChosenRegionIds());
        }
    }

    /** Asks the zoom's owner for a zoom, and shows it keeping the point (px, py) of the control still. */
    @Override
    public void zoomAbout(double zoom, double px, double py) {
        this.zoom.zoomAbout(zoom, px, py);
    }

    /** Asks for the zoom that frames the selected muscle and its referral pattern, and frames it; no-op without a selection. */
    @Override
    public void zoomToSelection(double maxZoom) {
        zoom.zoomTo(selectedPattern(), maxZoom);
        getSkinnable().requestLayout(); // the key may take the other corner, clear of the zoomed figure
    }

    /** The design bounds of the selected muscle and its pattern; null without a selection or a figure. */
    private javafx.geometry.Bounds selectedPattern() {
        String id = getSkinnable().getSelectedMuscleId();
        return figure == null || id == null ? null : figure.patternBounds(id);
    }

    void panBy(double dx, double dy) {
        zoom.panBy(dx, dy);
    }

    @Override
    public void resetViewport() {
        zoom.reset();
    }

    /** The design-space point (authored coordinates) under a scene point; null when no view is shown. */
    Point designPoint(double sceneX, double sceneY) {
        if (figure == null) {
            return null;
        }
        var p = figure.root().sceneToLocal(sceneX, sceneY);
        return new Point(p.getX(), p.getY());
    }

    /** Where a design-space point (authored coordinates) is on the screen; null when no view is shown. */
    @Override
    public javafx.geometry.Point2D designToScreen(double x, double y) {
        return figure == null ? null : figure.root().localToScreen(x, y);
    }

    /** Regions under a scene point and the side it is on, or null when no view is shown. */
    RegionPickEvent pick(double sceneX, double sceneY) {
        if (figure == null) {
            return null;
        }
        Point p = designPoint(sceneX, sceneY);
        Side shown = getSkinnable().getSide() == Side.LEFT ? Side.LEFT : Side.RIGHT;
        return new RegionPickEvent(picker.regionsAt(p), picker.sideAt(p, shown));
    }

    List<String> keyboardOrder() {
        return figure == null ? List.of() : figure.keyboardOrder();
    }

    @Override
    public javafx.scene.Node muscleNode(String muscleId) {
        List<SVGPath> nodes = figure == null || muscleId == null ? null : figure.muscleNodes().get(muscleId);
        return nodes == null || nodes.isEmpty() ? null : nodes.get(0);
    }
}
