package org.referralatlas.ui.shell;

import java.util.function.DoubleSupplier;
import javafx.beans.InvalidationListener;
import javafx.scene.layout.Region;
import org.referralatlas.model.Atlas;
import org.referralatlas.ui.bodymap.FigurePreview;

/**
 * The centre of the app's first frame: the figure ({@link FigurePreview}, plain nodes) where the main
 * split pane will put the body map, its middle item, when it comes in the next frame; no split pane yet
 * (a control). The place is the split pane's first layout at the window's divider positions, computed
 * here as JavaFX 21's {@code SplitPaneSkin} computes it with the default stylesheet (modena): one
 * pixel of padding round the items, dividers 0.25em wide on each side, each divider's left edge at
 * {@code round(size * position - divider / 2)}. {@code FigureFirstStartTest} checks that the figure
 * does not move when the split pane comes; a window so narrow that a column gets its minimum width
 * instead is not covered (the figure may then shift by a few pixels).
 */
final class FirstFramePlace extends Region {
    /** modena: {@code .split-pane { -fx-padding: 1 }} and {@code .split-pane-divider { -fx-padding: 0 0.25em }}. */
    private static final double SPLIT_PADDING = 1, DIVIDER_SIDE_EM = 0.25;
    private final FigurePreview preview = new FigurePreview();
    private final MainViewModel model;
    private final double[] dividers;
    private final DoubleSupplier fontSize;
    private final InvalidationListener redraw = o -> show();

    /**
     * @param dividers the split pane's divider positions (two: the figure is the middle item)
     * @param fontSize the font size the split pane's dividers inherit (the root's), in pixels
     */
    FirstFramePlace(MainViewModel model, double[] dividers, DoubleSupplier fontSize) {
        this.model = model;
        this.dividers = dividers.clone();
        this.fontSize = fontSize;
        preview.setId("figure-preview");
        getChildren().add(preview);
        shown().forEach(o -> o.addListener(redraw));
        show();
    }

    /** What the figure shows: the atlas, its view, layer and side, the key's words. */
    private java.util.List<javafx.beans.Observable> shown() {
        var figure = model.figure();
        return java.util.List.of(model.session().atlasProperty(), figure.viewIdProperty(), figure.layerProperty(),
                figure.sideProperty(), model.explore().patientViewProperty());
    }

    private void show() {
        Atlas atlas = model.session().getAtlas();
        if (atlas != null) {
            var figure = model.figure();
            preview.show(atlas, figure.viewIdProperty().get(), figure.layerProperty().get(),
                    figure.sideProperty().get(), model.explore().patientViewProperty().get());
        }
    }

    /** Stops following the model: the body map has taken the figure's place. */
    void close() {
        shown().forEach(o -> o.removeListener(redraw));
    }

    @Override
    protected void layoutChildren() {
        double divider = 2 * snapSpaceX(DIVIDER_SIDE_EM * fontSize.getAsDouble());
        double size = getWidth() - 2 * SPLIT_PADDING;
        double first = Math.round(size * dividers[0] - divider / 2);
        double second = Math.round(size * dividers[1] - divider / 2);
        preview.resizeRelocate(SPLIT_PADDING + first + divider, SPLIT_PADDING, second - first - divider,
                getHeight() - 2 * SPLIT_PADDING);
    }
}
