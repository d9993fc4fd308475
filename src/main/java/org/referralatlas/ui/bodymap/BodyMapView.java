package org.referralatlas.ui.bodymap;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableBooleanProperty;
import javafx.css.StyleableDoubleProperty;
import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Layer;
import org.referralatlas.model.Point;
import org.referralatlas.model.Side;

/**
 * The interactive figure: base art, muscles, and the selected muscle's trigger points and referral
 * zones, all drawn from the atlas data of one {@link org.referralatlas.model.FigureView}.
 * Holds state only; {@link BodyMapViewSkin} draws it.
 *
 * <p>CSS: style class {@code body-map}; colours are the palette's looked-up tokens
 * ({@code palette/light.css}: -atlas-muscle, -atlas-muscle-selected, -atlas-hover, -atlas-essential,
 * -atlas-spillover, -atlas-painted-*, ...), overridable on the control or a parent; the styleable
 * properties -atlas-legend-visible and -atlas-zoom-step are listed in {@link BodyMapStyleables}.
 * Pseudo-classes on muscle nodes: {@code :hover}, {@code :selected}, {@code :highlighted},
 * {@code :dimmed}, {@code :current}; on region nodes {@code :chosen}; on the control
 * {@code :pain-finder}. Names are in {@link BodyMapCss}.
 *
 * <p>Interaction ({@link MapInput} lists the gestures): a gesture that changes what the map shows
 * (selection, side, zoom, brush) goes to its {@link MapIntents}; a click on regions fires a
 * {@link RegionPickEvent}, a brush drag in {@link MapMode#DRAW} a {@link BrushStrokeEvent}, a press in
 * {@link MapMode#QUIZ} a {@link FigurePointerEvent}.
 *
 * <p>Node ids: the right-side (authored) shape of each muscle has the muscle id as node id;
 * mirrored left-side copies have no id.
 */
public class BodyMapView extends Control {
    private final ObjectProperty<Atlas> atlas = new SimpleObjectProperty<>(this, "atlas");
    private final StringProperty viewId = new SimpleStringProperty(this, "viewId", "posterior");
    private final ObjectProperty<Layer> layer = new SimpleObjectProperty<>(this, "layer", Layer.SUPERFICIAL);
    private final ObjectProperty<Side> side = new SimpleObjectProperty<>(this, "side", Side.RIGHT);
    private final StringProperty selectedMuscleId = new SimpleStringProperty(this, "selectedMuscleId");
    private final StringProperty focusedTriggerPointId = new SimpleStringProperty(this, "focusedTriggerPointId");
    private final ObservableSet<String> highlightedMuscleIds = FXCollections.observableSet();
    private final ObservableSet<String> chosenRegionIds = FXCollections.observableSet();
    private final ObjectProperty<MapMode> mode = new SimpleObjectProperty<>(this, "mode", MapMode.EXPLORE);
    private final DoubleProperty zoom = MapLimits.zoom(this, "zoom");
    private final BooleanProperty zoomToPattern = new SimpleBooleanProperty(this, "zoomToPattern", false);
    private final ObjectProperty<EventHandler<RegionPickEvent>> onRegionsPicked =
            MapProperties.handler(this, "onRegionsPicked", RegionPickEvent.REGIONS_PICKED);
    private final ObjectProperty<EventHandler<FigurePointerEvent>> onFigurePointer =
            MapProperties.handler(this, "onFigurePointer", FigurePointerEvent.FIGURE_POINTER);
    private final ObservableList<MapMark> marks = FXCollections.observableArrayList();
    private final ObjectProperty<PaintedCells> paintedCells = new SimpleObjectProperty<>(this, "paintedCells");
    private final BooleanProperty eraser = new SimpleBooleanProperty(this, "eraser");
    private final BooleanProperty patientKey = new SimpleBooleanProperty(this, "patientKey");
    private final StyleableBooleanProperty legendVisible = BodyMapStyleables.legendVisible(this);
    private final StyleableDoubleProperty zoomStep = BodyMapStyleables.zoomStep(this);
    private final DoubleProperty brushRadius = MapLimits.brushRadius(this, "brushRadius");
    private final ReadOnlyStringWrapper currentMuscleId = new ReadOnlyStringWrapper(this, "currentMuscleId");
    private MapViewer viewer;
    private final MapIntents own = new OwnIntents(this);
    private MapIntents intents;
    private final ObjectProperty<EventHandler<BrushStrokeEvent>> onBrushStroke =
            MapProperties.handler(this, "onBrushStroke", BrushStrokeEvent.BRUSH_STROKE);

    public BodyMapView() {
        getStyleClass().add(BodyMapCss.CONTROL);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.PARENT);
        setAccessibleText(BodyMapText.get("bodymap.accessible.map"));
        // A new selection shows all its trigger points; bound, the focus follows its owner, which clears it.
        selectedMuscleId.addListener(o -> { if (!focusedTriggerPointId.isBound()) { focusedTriggerPointId.set(null); } });
        currentMuscleId.addListener(o -> notifyAccessibleAttributeChanged(AccessibleAttribute.FOCUS_ITEM));
        mode.addListener((o, a, m) -> {
            pseudoClassStateChanged(BodyMapCss.PAIN_FINDER, m == MapMode.PAIN_FINDER);
            pseudoClassStateChanged(BodyMapCss.DRAWING_MODE, m == MapMode.DRAW);
            pseudoClassStateChanged(BodyMapCss.QUIZ, m == MapMode.QUIZ);
        });
    }

    public BodyMapView(Atlas atlas, String viewId) {
        this();
        setAtlas(atlas);
        setViewId(viewId);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new BodyMapViewSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return Objects.requireNonNull(BodyMapView.class.getResource("bodymap.css")).toExternalForm();
    }

    /**
     * Where the user's gestures go (selection, side, zoom, brush): the owner of the state this map is bound
     * to, one way. Null (the default): the map is its own owner and changes its own properties.
     */
    public void setIntents(MapIntents value) { intents = value; }

    /** The receiver of the user's gestures: the owner set with {@link #setIntents}, else the map itself. */
    MapIntents intents() { return intents == null ? own : intents; }

    /** Called by the skin when it is installed (its viewer) and disposed (null). */
    void attach(MapViewer value) { viewer = value; }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }

    /** The CSS properties of the body map ({@link BodyMapStyleables}) and of every control. */
    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return BodyMapStyleables.ALL;
    }

    /** A screen reader asking for the focused item gets the keyboard's current muscle, named with its pattern. */
    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        if (attribute == AccessibleAttribute.FOCUS_ITEM && viewer != null && getCurrentMuscleId() != null) {
            Node node = viewer.muscleNode(getCurrentMuscleId());
            if (node != null) {
                return node;
            }
        }
        return super.queryAccessibleAttribute(attribute, parameters);
    }

    /** Zooms by a factor keeping the given point (in the control's coordinates) still. */
    public void zoomBy(double factor, double x, double y) {
        if (viewer != null) {
            viewer.zoomAbout(getZoom() * factor, x, y);
        } else {
            intents().zoomTo(getZoom() * factor);
        }
    }

    /**
     * Zooms onto the selected muscle and its trigger points and referral zones (at most 3x), e.g. to
     * show a patient the pattern. Does nothing without a selection or before the skin is shown.
     */
    public void zoomToSelection() {
        if (viewer != null) {
            viewer.zoomToSelection(3);
        }
    }

    /** Where a design point (authored coordinates) is on the screen as the figure is shown; null before it is. */
    public Point2D designToScreen(Point p) {
        return viewer == null ? null : viewer.designToScreen(p.x(), p.y());
    }

    /**
     * Whether selecting a muscle zooms onto its pattern, and clearing the selection shows the whole figure:
     * fitted whole to the fingertips a head muscle's pattern would be small; a shoulder muscle shows the arm.
     */
    public BooleanProperty zoomToPatternProperty() { return zoomToPattern; }
    public boolean isZoomToPattern() { return zoomToPattern.get(); }
    public void setZoomToPattern(boolean value) { zoomToPattern.set(value); }

    /** Back to the whole figure, centred. */
    public void resetView() {
        if (viewer != null) {
            viewer.resetViewport();
        } else {
            intents().zoomTo(MapLimits.MIN_ZOOM);
        }
    }

    public ObjectProperty<Atlas> atlasProperty() { return atlas; }
    public Atlas getAtlas() { return atlas.get(); }
    public void setAtlas(Atlas value) { atlas.set(value); }

    /** Id of the {@link org.referralatlas.model.FigureView} shown: anterior, lateral, posterior. */
    public StringProperty viewIdProperty() { return viewId; }
    public String getViewId() { return viewId.get(); }
    public void setViewId(String value) { viewId.set(value); }

    /** Superficial shows every muscle, superficial over deep; deep shows deep muscles under ghosted superficial ones. */
    public ObjectProperty<Layer> layerProperty() { return layer; }
    public Layer getLayer() { return layer.get(); }
    public void setLayer(Layer value) { layer.set(value); }

    /** The patient's side the selected muscle's pattern is shown on; BOTH shows it on both sides. */
    public ObjectProperty<Side> sideProperty() { return side; }
    public Side getSide() { return side.get(); }
    public void setSide(Side value) { side.set(value); }

    /** The selected muscle, whose trigger points and referral zones are drawn; null for none. */
    public StringProperty selectedMuscleIdProperty() { return selectedMuscleId; }

    /**
     * One trigger point of the selected muscle whose pattern alone is drawn, as in Travell &amp; Simons'
     * one-figure-per-trigger-point plates; null draws all of them. Cleared when the selection changes.
     */
    public StringProperty focusedTriggerPointIdProperty() { return focusedTriggerPointId; }
    public String getFocusedTriggerPointId() { return focusedTriggerPointId.get(); }
    public void setFocusedTriggerPointId(String value) { focusedTriggerPointId.set(value); }
    public String getSelectedMuscleId() { return selectedMuscleId.get(); }
    public void setSelectedMuscleId(String value) { selectedMuscleId.set(value); }

    /** Muscles to emphasise (e.g. pain-finder candidates); when non-empty the others are dimmed. */
    public ObservableSet<String> getHighlightedMuscleIds() { return highlightedMuscleIds; }

    /** Pain regions shown as chosen (the pain finder's current answer). */
    public ObservableSet<String> getChosenRegionIds() { return chosenRegionIds; }

    public ObjectProperty<MapMode> modeProperty() { return mode; }
    public MapMode getMode() { return mode.get(); }
    public void setMode(MapMode value) { mode.set(value); }

    /** Zoom factor, clamped to {@link MapLimits#MIN_ZOOM} to {@link MapLimits#MAX_ZOOM}; 1 fits the view. Set or bound, it zooms about the centre. */
    public DoubleProperty zoomProperty() { return zoom; }
    public double getZoom() { return zoom.get(); }
    public void setZoom(double value) { zoom.set(value); }

    /** Called with the regions under the pointer after a click on no muscle, or any click in pain-finder mode. */
    public ObjectProperty<EventHandler<RegionPickEvent>> onRegionsPickedProperty() { return onRegionsPicked; }
    public void setOnRegionsPicked(EventHandler<RegionPickEvent> value) { onRegionsPicked.set(value); }

    /** The pain drawing of the shown view, drawn over the figure; null for none. */
    public ObjectProperty<PaintedCells> paintedCellsProperty() { return paintedCells; }
    public PaintedCells getPaintedCells() { return paintedCells.get(); }
    public void setPaintedCells(PaintedCells value) { paintedCells.set(value); }

    /**
     * Whether the key is shown (bottom left). Where the control has room, the figure is fitted beside
     * or above the key rather than under it; figures side by side may share one key.
     */
    public BooleanProperty legendVisibleProperty() { return legendVisible; }
    public boolean isLegendVisible() { return legendVisible.get(); }
    public void setLegendVisible(boolean value) { legendVisible.set(value); }
    StyleableBooleanProperty legendVisibleStyleable() { return legendVisible; }

    /** Zoom factor of one + or - key press; CSS {@code -atlas-zoom-step}, clamped to [1.05, 4]. */
    public DoubleProperty zoomStepProperty() { return zoomStep; }
    public double getZoomStep() { return zoomStep.get(); }
    public void setZoomStep(double value) { zoomStep.set(value); }
    StyleableDoubleProperty zoomStepStyleable() { return zoomStep; }

    /** The muscle the keyboard is on (Tab and arrows); reported to a screen reader as the focused item. */
    public ReadOnlyStringProperty currentMuscleIdProperty() { return currentMuscleId.getReadOnlyProperty(); }
    public String getCurrentMuscleId() { return currentMuscleId.get(); }
    void setCurrentMuscleId(String value) { currentMuscleId.set(value); }

    /**
     * Whether the key speaks to a patient ("Main pain area", "Pain may also spread here", the tender
     * knot) instead of listing the clinical conventions (muscle, selection, deep layer).
     */
    public BooleanProperty patientKeyProperty() { return patientKey; }
    public boolean isPatientKey() { return patientKey.get(); }
    public void setPatientKey(boolean value) { patientKey.set(value); }

    /** In draw mode, whether a primary drag erases instead of painting. */
    public BooleanProperty eraserProperty() { return eraser; }
    public boolean isEraser() { return eraser.get(); }
    public void setEraser(boolean value) { eraser.set(value); }

    /** Brush radius in design units, clamped to [{@link MapLimits#MIN_BRUSH}, {@link MapLimits#MAX_BRUSH}]; shown while dragging. */
    public DoubleProperty brushRadiusProperty() { return brushRadius; }
    public double getBrushRadius() { return brushRadius.get(); }
    public void setBrushRadius(double value) { brushRadius.set(value); }

    /**
     * What is drawn over the figure besides the selected muscle's pattern: in {@link MapMode#QUIZ}, the
     * question's zones, region and trigger points and the student's answer. Replace the whole list to redraw.
     */
    public ObservableList<MapMark> getMarks() { return marks; }

    /** Called for each press and drag in {@link MapMode#QUIZ}. */
    public ObjectProperty<EventHandler<FigurePointerEvent>> onFigurePointerProperty() { return onFigurePointer; }
    public void setOnFigurePointer(EventHandler<FigurePointerEvent> value) { onFigurePointer.set(value); }

    /** Called when a brush drag ends in draw mode. */
    public ObjectProperty<EventHandler<BrushStrokeEvent>> onBrushStrokeProperty() { return onBrushStroke; }
    public void setOnBrushStroke(EventHandler<BrushStrokeEvent> value) { onBrushStroke.set(value); }
}
