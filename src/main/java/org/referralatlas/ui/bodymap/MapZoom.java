package org.referralatlas.ui.bodymap;

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

    /** The control's zoom property changed (set, bound or animated): zoom about the centre. */
    void onZoomProperty() {
        if (!publishing) {
            zoomAbout(control.getZoom(), control.getWidth() / 2, control.getHeight() / 2);
        }
    }

    /** Zooms keeping the point (px, py) of the control still, and updates the zoom property. */
    void zoomAbout(double zoom, double px, double py) {
        double z = BodyMapView.clampZoom(zoom);
        viewport.zoomAbout(z, px, py);
        publish(z);
    }

    /** Zooms (at most {@code maxZoom}) onto design-space bounds; no-op for null. */
    void zoomTo(Bounds b, double maxZoom) {
        if (b != null) {
            viewport.fit(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight(), maxZoom);
            publish(viewport.zoom());
        }
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
