package org.referralatlas.ui.bodymap;

import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.geometry.Bounds;

/**
 * Zoom and pan of a body map: the {@link Viewport} shows them, the control's zoom property reports
 * them. The control's property is set from here without zooming again through its own listener; a
 * bound zoom property belongs to its source, which the viewport follows.
 */
final class MapZoom {
    private final BodyMapView control;
    private final Viewport viewport;
    private boolean publishing;

    MapZoom(BodyMapView control, Viewport viewport) {
        this.control = control;
        this.viewport = viewport;
    }

    /** A zoom factor within [{@link BodyMapView#MIN_ZOOM}, {@link BodyMapView#MAX_ZOOM}]. */
    static double clamp(double value) {
        return Math.max(BodyMapView.MIN_ZOOM, Math.min(BodyMapView.MAX_ZOOM, value));
    }

    /** The control's zoom property changed (set, bound or animated): zoom about the centre. */
    void onZoomProperty() {
        if (!publishing) {
            zoomAbout(control.getZoom(), control.getWidth() / 2, control.getHeight() / 2);
        }
    }

    /** Zooms keeping the point (px, py) of the control still, and updates the zoom property. */
    void zoomAbout(double zoom, double px, double py) {
        double z = clamp(zoom);
        viewport.zoomAbout(z, px, py);
        publish(z);
    }

    /** Zooms (at most {@code maxZoom}) onto design-space bounds; no-op for null. */
    void zoomTo(Bounds b, double maxZoom) {
        if (b != null) {
            // a margin round the pattern, so a zone at the fingertips or the crown is not cut by the frame
            double m = 10 + 0.08 * Math.max(b.getWidth(), b.getHeight());
            viewport.fit(b.getMinX() - m, b.getMinY() - m, b.getWidth() + 2 * m, b.getHeight() + 2 * m, maxZoom);
            publish(viewport.zoom());
        }
    }

    /**
     * With {@link BodyMapView#zoomToPatternProperty()} on: once the figure has been laid out for the new
     * selection or view, zoom onto the selected pattern ({@code toPattern}), or back to the whole figure
     * without a selection. Nothing happens once {@code installed} says the skin is gone.
     */
    void followPattern(BooleanSupplier installed, Runnable toPattern) {
        if (!control.isZoomToPattern()) {
            return;
        }
        Platform.runLater(() -> {
            if (!installed.getAsBoolean() || !control.isZoomToPattern() || control.getWidth() <= 0) {
                return;
            }
            control.layout();
            if (control.getSelectedMuscleId() == null) {
                reset();
            } else {
                toPattern.run();
            }
        });
    }

    void panBy(double dx, double dy) {
        viewport.panBy(dx, dy);
    }

    void reset() {
        viewport.reset();
        publish(1);
    }

    private void publish(double z) {
        if (control.zoomProperty().isBound()) {
            return; // bound: its source owns the value (the viewport already shows it, clamped)
        }
        publishing = true;
        try {
            control.setZoom(z);
        } finally {
            publishing = false;
        }
    }
}
