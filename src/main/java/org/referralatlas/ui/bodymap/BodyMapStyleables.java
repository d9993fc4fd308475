package org.referralatlas.ui.bodymap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableBooleanProperty;
import javafx.css.SimpleStyleableDoubleProperty;
import javafx.css.StyleableBooleanProperty;
import javafx.css.StyleableDoubleProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.scene.control.Control;

/**
 * The body map's styleable properties: what a theme may change besides colours.
 * <table>
 *   <caption>CSS properties of {@code .body-map}</caption>
 *   <tr><th>property</th><th>type</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>-atlas-legend-visible</td><td>boolean</td><td>true</td><td>whether the key is shown</td></tr>
 *   <tr><td>-atlas-zoom-step</td><td>number</td><td>1.25</td><td>zoom factor of one + or - key press
 *   (at least 1.05, at most 4)</td></tr>
 * </table>
 */
final class BodyMapStyleables {
    static final double DEFAULT_ZOOM_STEP = 1.25;
    static final double MIN_ZOOM_STEP = 1.05;
    static final double MAX_ZOOM_STEP = 4;

    static final CssMetaData<BodyMapView, Boolean> LEGEND_VISIBLE =
            new CssMetaData<>("-atlas-legend-visible", StyleConverter.getBooleanConverter(), true) {
                @Override
                public boolean isSettable(BodyMapView map) {
                    return !map.legendVisibleProperty().isBound();
                }

                @Override
                public StyleableProperty<Boolean> getStyleableProperty(BodyMapView map) {
                    return map.legendVisibleStyleable();
                }
            };

    static final CssMetaData<BodyMapView, Number> ZOOM_STEP =
            new CssMetaData<>("-atlas-zoom-step", StyleConverter.getSizeConverter(), DEFAULT_ZOOM_STEP) {
                @Override
                public boolean isSettable(BodyMapView map) {
                    return !map.zoomStepProperty().isBound();
                }

                @Override
                public StyleableProperty<Number> getStyleableProperty(BodyMapView map) {
                    return map.zoomStepStyleable();
                }
            };

    static final List<CssMetaData<? extends Styleable, ?>> ALL;

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Control.getClassCssMetaData());
        all.add(LEGEND_VISIBLE);
        all.add(ZOOM_STEP);
        ALL = Collections.unmodifiableList(all);
    }

    private BodyMapStyleables() {
    }

    static double clampZoomStep(double step) {
        return Math.max(MIN_ZOOM_STEP, Math.min(MAX_ZOOM_STEP, step));
    }

    /** The map's -atlas-legend-visible property; a change lays the map out again (the figure moves beside the key). */
    static StyleableBooleanProperty legendVisible(BodyMapView map) {
        return new SimpleStyleableBooleanProperty(LEGEND_VISIBLE, map, "legendVisible", true) {
            @Override
            protected void invalidated() {
                map.requestLayout();
            }
        };
    }

    /** The map's -atlas-zoom-step property, clamped where it is read. */
    static StyleableDoubleProperty zoomStep(BodyMapView map) {
        return new SimpleStyleableDoubleProperty(ZOOM_STEP, map, "zoomStep", DEFAULT_ZOOM_STEP) {
            @Override
            public double get() {
                return clampZoomStep(super.get());
            }
        };
    }
}
