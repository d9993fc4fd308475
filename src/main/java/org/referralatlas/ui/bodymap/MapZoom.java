package org.referralatlas.ui.bodymap;

import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Scene;

/**
 * Zoom and pan of a body map. The zoom factor has one owner, the control's zoom property (bound one way
 * to a view model in the app): a gesture asks the control's {@link MapIntents} for a factor and the
 * {@link Viewport} follows the property when it changes, never the other way. A gesture only leaves word
 * of where it pointed, so that the viewport zooms about that point instead of the centre.
 */
final class MapZoom {
    private final BodyMapView control;
    private final Viewport viewport;
    /** How the viewport places the next zoom the gesture asked for (about the pointer, onto a pattern); null: about the centre. */
    private DoubleConsumer placement;
    /** The zoom onto the pattern that the next pulse makes before its CSS and layout; null for none. */
    private Runnable pendingFollow;
    /** Whether the pending zoom may keep the frame when the pattern fits it well (only a new selection: not a new view). */
    private boolean pendingMayKeep;
    private final Runnable followBeforeLayout = this::followNow;
    private final ChangeListener<Scene> sceneListener = (o, old, scene) -> moveTo(old, scene);

    MapZoom(BodyMapView control, Viewport viewport) {
        this.control = control;
        this.viewport = viewport;
        viewport.onRefit(t -> fit(t[0], t[1], t[2], t[3], t[4]));
        control.sceneProperty().addListener(sceneListener);
        moveTo(null, control.getScene());
    }

    /** Leaves the control's scene; the skin calls it when it is disposed. */
    void dispose() {
        control.sceneProperty().removeListener(sceneListener);
        moveTo(control.getScene(), null);
        pendingFollow = null;
    }

    private void moveTo(Scene old, Scene scene) {
        if (old != null) {
            old.removePreLayoutPulseListener(followBeforeLayout);
        }
        if (scene != null) {
            scene.addPreLayoutPulseListener(followBeforeLayout);
        }
    }

    /** The control's zoom property changed (a gesture's answer, or set, bound or animated elsewhere): show it. */
    void onZoomProperty() {
        DoubleConsumer place = placement;
        placement = null;
        double z = control.getZoom();
        if (place != null) {
            place.accept(z);
        } else {
            viewport.zoomAbout(z, control.getWidth() / 2, control.getHeight() / 2);
        }
    }

    /** Asks for a zoom keeping the point (px, py) of the control still. */
    void zoomAbout(double zoom, double px, double py) {
        ask(zoom, z -> viewport.zoomAbout(z, px, py));
    }

    /** Asks for the zoom (at most {@code maxZoom}) that frames design-space bounds; no-op for null. */
    void zoomTo(Bounds b, double maxZoom) {
        if (b == null) {
            return;
        }
        double[] r = withMargin(b);
        fit(r[0], r[1], r[2], r[3], maxZoom);
    }

    /** The design rectangle (x, y, w, h) framed for a pattern: a margin round it, so a zone at the fingertips or the crown is not cut by the frame. */
    private static double[] withMargin(Bounds b) {
        double m = 10 + 0.08 * Math.max(b.getWidth(), b.getHeight());
        return new double[] {b.getMinX() - m, b.getMinY() - m, b.getWidth() + 2 * m, b.getHeight() + 2 * m};
    }

    /** Asks for the zoom at which the design rectangle fills the frame, and centres the rectangle at the zoom given. */
    private void fit(double x, double y, double w, double h, double maxZoom) {
        ask(viewport.fitZoom(w, h, maxZoom), z -> viewport.fit(x, y, w, h, maxZoom, z));
    }

    /**
     * With {@link BodyMapView#zoomToPatternProperty()} on: frames the selected pattern ({@code pattern},
     * at most {@code maxZoom}), or goes back to the whole figure without a selection, at the start of the
     * next pulse, before its CSS and layout pass: the same frame shows the new selection already framed (a
     * {@code runLater} used to do it after that frame, so a click drew the whole figure twice). Nothing
     * happens once {@code installed} says the skin is gone.
     *
     * <p>With {@code mayKeep} (a new selection, not a new view), a pattern that already lies in the frame and
     * fills a good part of it keeps the frame as it is: stepping through neighbouring muscles, the picture
     * does not jump at every click, and the frame redraws only the zones and marks that changed instead of
     * the whole figure at a new scale (see {@link Viewport#framesWell}).
     */
    void followPattern(BooleanSupplier installed, Supplier<Bounds> pattern, double maxZoom, boolean mayKeep) {
        if (!control.isZoomToPattern()) {
            return;
        }
        boolean keep = mayKeep && (pendingFollow == null || pendingMayKeep);
        pendingMayKeep = keep;
        pendingFollow = () -> {
            if (!installed.getAsBoolean() || !control.isZoomToPattern() || control.getWidth() <= 0) {
                return;
            }
            control.layout(); // a new view's box decides the frame the pattern is fitted in
            if (control.getSelectedMuscleId() == null) {
                reset();
                return;
            }
            Bounds b = pattern.get();
            if (b == null) {
                return;
            }
            double[] r = withMargin(b);
            if (keep && viewport.framesWell(r[0], r[1], r[2], r[3], maxZoom)) {
                viewport.keepFrame(r[0], r[1], r[2], r[3], maxZoom);
            } else {
                fit(r[0], r[1], r[2], r[3], maxZoom);
            }
        };
        Platform.requestNextPulse();
    }

    private void followNow() {
        Runnable follow = pendingFollow;
        pendingFollow = null;
        if (follow != null) {
            follow.run();
        }
    }

    void panBy(double dx, double dy) {
        viewport.panBy(dx, dy);
    }

    /** Asks for the whole figure, centred. */
    void reset() {
        ask(MapLimits.MIN_ZOOM, z -> {
            viewport.reset();
            viewport.zoomAbout(z, control.getWidth() / 2, control.getHeight() / 2);
        });
    }

    /**
     * Sends the wanted zoom to the owner and places the viewport for the zoom that comes back. When the
     * owner's value does not change (already there, or held at a limit), no change comes back: the
     * placement is made with the value the control shows, e.g. a reset still re-centres a panned figure.
     */
    private void ask(double zoom, DoubleConsumer place) {
        placement = place;
        control.intents().zoomTo(zoom);
        if (placement != null) {
            placement = null;
            place.accept(control.getZoom());
        }
    }
}
