package org.referralatlas.ui.bodymap;

import java.util.List;
import java.util.Objects;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.FigureView;
import org.referralatlas.model.Layer;
import org.referralatlas.model.Side;

/**
 * The figure as a {@link BodyMapView} of the same size shows it before anything is selected, drawn by plain
 * nodes (a region, groups, shapes, text): the app's first frame shows it while the body map, a control,
 * is not made yet (a control's first use loads JavaFX's control and CSS machinery and its default
 * stylesheet, the costliest part of a first frame; README "Start-up and memory"). The same builder
 * ({@link FigureBuilder}), key ({@link Legend}), fit ({@link Viewport}) and stylesheet as the body map's
 * skin, so that the figure is drawn where the body map will draw it. Shows; takes no input.
 */
public final class FigurePreview extends Region {
    private final Viewport viewport = new Viewport();
    private final Group world = new Group();
    private final VBox legend = Legend.build(BodyMapText.BUNDLE);
    private final Rectangle clip = new Rectangle();

    public FigurePreview() {
        getStyleClass().add(BodyMapCss.CONTROL);
        world.getTransforms().addAll(viewport.translate, viewport.scale);
        getChildren().addAll(world, legend);
        setClip(clip);
        setMouseTransparent(true);
        setFocusTraversable(false);
    }

    /**
     * Draws a view of the atlas in a layer, the left side of a one-sided view turned round as the body map
     * turns it, the key in the clinical or the patient's words; nothing drawn for an unknown view.
     */
    public void show(Atlas atlas, String viewId, Layer layer, Side side, boolean patientKey) {
        FigureView view = atlas.view(viewId).orElse(null);
        if (view == null) {
            world.getChildren().clear();
            return;
        }
        Figure figure = FigureBuilder.build(atlas, view, layer);
        if (figure.profile() && side == Side.LEFT) {
            figure.root().getTransforms().setAll(List.of(new Scale(-1, 1, view.midlineX(), 0)));
        }
        viewport.setBox(view.viewBox());
        Legend.inWords(legend, patientKey, BodyMapText.BUNDLE);
        viewport.refit();
        world.getChildren().setAll(figure.root());
        requestLayout();
    }

    /** The body map's stylesheet: the same rules draw the same nodes. */
    @Override
    public String getUserAgentStylesheet() {
        return Objects.requireNonNull(FigurePreview.class.getResource("bodymap.css")).toExternalForm();
    }

    /** As the body map's skin lays out: the figure beside or above the key, the key bottom left. */
    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        clip.setWidth(w);
        clip.setHeight(h);
        viewport.fitAround(w, h, legend);
        layoutInArea(legend, 12, 12, w - 24, h - 24, 0, HPos.LEFT, VPos.BOTTOM);
    }
}
