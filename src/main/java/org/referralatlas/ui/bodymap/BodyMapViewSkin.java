package org.referralatlas.ui.bodymap;

import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.HPos;
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
    /** The name of the muscle under the pointer, top left: a hover says what it is, unlike a selection. */
    private final javafx.scene.control.Label hoverCaption = new javafx.scene.control.Label();
    private Figure figure;
    private FigureView view;
    private RegionPicker picker;

    private final InvalidationListener rebuild = o -> rebuild();
    private final InvalidationListener repaintPattern = o -> refreshPattern();
    private final InvalidationListener restate = o -> refreshStates();
    private final InvalidationListener regions = o -> refreshRegions();
    private final InvalidationListener zoomListener = o -> onZoomProperty();
    private final InvalidationListener paint = o -> refreshDrawing();
    private final ResourceBundle text = BodyMapText.BUNDLE;
    private final InvalidationListener keyWords = o -> retellKey();
    private final InvalidationListener followPattern = o -> followPattern();

    public BodyMapViewSkin(BodyMapView control) {
        super(control);
        world.getTransforms().addAll(viewport.translate, viewport.scale);
        legend = Legend.build(text);
        legend.getChildren().addAll(DrawingLayer.legendRows(text, control.modeProperty()));
        hoverCaption.getStyleClass().add(BodyMapCss.HOVER_CAPTION);
        hoverCaption.setId("hover-caption");
        hoverCaption.setMouseTransparent(true);
        hoverCaption.setVisible(false);
        getChildren().addAll(world, legend, hoverCaption);
        control.setClip(clip);
        wiring(control).forEach(w -> w.getKey().addListener(w.getValue()));
        input = new MapInput(control, this);
        input.install();
        control.attach(this);
        retellKey();
        rebuild();
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
                Map.entry(c.patientKeyProperty(), keyWords), Map.entry(c.selectedMuscleIdProperty(), followPattern),
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
        layoutInArea(legend, x + 12, y + 12, w - 24, h - 24, 0, HPos.LEFT, VPos.BOTTOM);
        layoutInArea(hoverCaption, x + 12, y + 12, w - 24, h - 24, 0, HPos.LEFT, VPos.TOP);
    }

    /** The key in the clinical or the patient's words; the figure's place beside it is decided again. */
    private void retellKey() {
        Legend.inWords(legend, getSkinnable().isPatientKey(), text);
        viewport.refit();
        getSkinnable().requestLayout();
    }

    /** Names the muscle (node) under the pointer, or hides the name for null. */
    void showHovered(javafx.scene.Node muscle) {
        String name = muscle == null ? null : muscle.getAccessibleText();
        hoverCaption.setText(name);
        hoverCaption.setVisible(name != null);
    }

    /**
     * The figure scales to whatever room it gets, so the control asks for little: a whole figure with the
     * arms to the fingertips (over 1000 units high) must not push a 1280x800 window's other panes away.
     */
    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return 120 + left + right;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return 120 + top + bottom;
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
        figure = FigureBuilder.build(atlas, view, control.getLayer());
        picker = new RegionPicker(atlas, view, figure.profile());
        viewport.setBox(view.viewBox());
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

    String shownViewId() {
        return view == null ? null : view.id();
    }

    private void refreshPattern() {
        if (figure == null) {
            return;
        }
        BodyMapView control = getSkinnable();
        Side side = control.getSide() == null ? Side.RIGHT : control.getSide();
        figure.root().getTransforms().setAll(figure.profile() && side == Side.LEFT
                ? List.of(new Scale(-1, 1, view.midlineX(), 0)) : List.of());
        String id = control.getSelectedMuscleId();
        List<javafx.scene.Node> nodes = new java.util.ArrayList<>();
        // The selected muscle's whole outline on top, also where other muscles overlap it.
        for (SVGPath muscle : id == null ? List.<SVGPath>of() : figure.muscleNodes().getOrDefault(id, List.of())) {
            SVGPath outline = FigureBuilder.path(muscle.getContent(), BodyMapCss.SELECTION_OUTLINE);
            outline.getTransforms().setAll(muscle.getTransforms());
            nodes.add(outline);
        }
        if (id != null) {
            control.getAtlas().muscle(id).ifPresent(m -> nodes.addAll(PatternBuilder.build(m, view, side,
                    figure.profile(), control.getFocusedTriggerPointId())));
        }
        figure.pattern().getChildren().setAll(nodes);
    }

    private void refreshStates() {
        if (figure == null) {
            return;
        }
        BodyMapView control = getSkinnable();
        String selected = control.getSelectedMuscleId();
        String current = control.getCurrentMuscleId();
        var highlighted = control.getHighlightedMuscleIds();
        for (Map.Entry<String, List<SVGPath>> e : figure.muscleNodes().entrySet()) {
            String id = e.getKey();
            for (SVGPath node : e.getValue()) {
                node.pseudoClassStateChanged(BodyMapCss.SELECTED, id.equals(selected));
                node.pseudoClassStateChanged(BodyMapCss.HIGHLIGHTED, highlighted.contains(id));
                node.pseudoClassStateChanged(BodyMapCss.DIMMED, !highlighted.isEmpty() && !highlighted.contains(id));
                node.pseudoClassStateChanged(BodyMapCss.CURRENT, id.equals(current));
            }
        }
    }

    private void refreshRegions() {
        if (figure == null) {
            return;
        }
        var chosen = getSkinnable().getChosenRegionIds();
        figure.regionNodes().forEach((id, nodes) ->
                nodes.forEach(n -> n.pseudoClassStateChanged(BodyMapCss.CHOSEN, chosen.contains(id))));
    }

    private boolean zooming;

    private void onZoomProperty() {
        if (!zooming) {
            BodyMapView control = getSkinnable();
            zoomAbout(control.getZoom(), control.getWidth() / 2, control.getHeight() / 2);
        }
    }

    /** Zooms keeping the point (px, py) of the control still, and updates the zoom property. */
    @Override
    public void zoomAbout(double zoom, double px, double py) {
        double z = BodyMapView.clampZoom(zoom);
        viewport.zoomAbout(z, px, py);
        publishZoom(z);
    }

    /**
     * With {@link BodyMapView#zoomToPatternProperty()} on: after the figure has been laid out for the new
     * selection or view, zoom onto the selected pattern, or back to the whole figure without a selection.
     */
    private void followPattern() {
        BodyMapView control = getSkinnable();
        if (control == null || !control.isZoomToPattern()) {
            return;
        }
        javafx.application.Platform.runLater(() -> {
            BodyMapView c = getSkinnable();
            if (c == null || !c.isZoomToPattern() || c.getWidth() <= 0) {
                return;
            }
            c.layout();
            if (c.getSelectedMuscleId() == null) {
                resetViewport();
            } else {
                zoomToSelection(3);
            }
        });
    }

    /** Zooms onto the selected muscle and its referral pattern; no-op without a selection. */
    @Override
    public void zoomToSelection(double maxZoom) {
        String id = getSkinnable().getSelectedMuscleId();
        javafx.geometry.Bounds b = figure == null || id == null ? null : figure.patternBounds(id);
        if (b != null) {
            // a margin round the pattern, so a zone at the fingertips or the crown is not cut by the frame
            double m = 10 + 0.08 * Math.max(b.getWidth(), b.getHeight());
            viewport.fit(b.getMinX() - m, b.getMinY() - m, b.getWidth() + 2 * m, b.getHeight() + 2 * m, maxZoom);
            publishZoom(viewport.zoom());
        }
    }

    void panBy(double dx, double dy) {
        viewport.panBy(dx, dy);
    }

    @Override
    public void resetViewport() {
        viewport.reset();
        publishZoom(1);
    }

    /** Tells the control the zoom the viewport now has, without zooming again through its listener. */
    private void publishZoom(double z) {
        if (getSkinnable().zoomProperty().isBound()) {
            return; // bound: its source owns the value (the viewport already shows it, clamped)
        }
        zooming = true;
        try {
            getSkinnable().setZoom(z);
        } finally {
            zooming = false;
        }
    }

    /** The design-space point (authored coordinates) under a scene point. */
    Point designPoint(double sceneX, double sceneY) {
        var p = figure.root().sceneToLocal(sceneX, sceneY);
        return new Point(p.getX(), p.getY());
    }

    /** Where a design-space point (authored coordinates) is on the screen; null when no view is shown. */
    javafx.geometry.Point2D designToScreen(double x, double y) {
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
