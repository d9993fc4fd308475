package org.referralatlas.ui.bodymap;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * The ranges of the figure's numbers (zoom, brush radius) and the property that keeps a number in its
 * range. Plain {@code javafx.beans}: the view models that own these numbers use it as well as the map.
 */
public final class MapLimits {
    /** Smallest and largest zoom factor; 1 fits the whole view box into the control. */
    public static final double MIN_ZOOM = 1, MAX_ZOOM = 8;
    /** Brush radius in design units: default, smallest and largest. */
    public static final double DEFAULT_BRUSH = 8, MIN_BRUSH = 2, MAX_BRUSH = 40;

    private MapLimits() {
    }

    /** The value within [min, max]. */
    public static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    /**
     * A number clamped to [min, max] where it is read, so that a value set, bound (also bidirectionally,
     * e.g. to a slider) or animated never leaves the range: an overridden {@code set} would be bypassed
     * by a binding.
     */
    public static DoubleProperty clamped(Object bean, String name, double initial, double min, double max) {
        return new SimpleDoubleProperty(bean, name, initial) {
            @Override
            public double get() {
                return clamp(super.get(), min, max);
            }
        };
    }

    /** A zoom factor property, clamped to [{@link #MIN_ZOOM}, {@link #MAX_ZOOM}]. */
    public static DoubleProperty zoom(Object bean, String name) {
        return clamped(bean, name, MIN_ZOOM, MIN_ZOOM, MAX_ZOOM);
    }

    /** A brush radius property, clamped to [{@link #MIN_BRUSH}, {@link #MAX_BRUSH}]. */
    public static DoubleProperty brushRadius(Object bean, String name) {
        return clamped(bean, name, DEFAULT_BRUSH, MIN_BRUSH, MAX_BRUSH);
    }
}
