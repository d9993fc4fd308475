package org.referralatlas.ui.bodymap;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import org.referralatlas.model.ViewBox;

/**
 * Maps the view box into the control: fit scale (aspect ratio kept) times zoom, centred in the frame
 * (the control, or the part of it the key leaves free), plus pan. Only two transforms change when the
 * user zooms or pans; no node is rebuilt or re-laid out.
 */
final class Viewport {
    final Translate translate = new Translate();
    final Scale scale = new Scale(1, 1, 0, 0);
    private ViewBox box = new ViewBox(0, 0, 800, 720);
    private List<Object> fitted = List.of();
    private double frameX;
    private double frameY;
    private double frameWidth = 1;
    private double frameHeight = 1;
    private double zoom = 1;
    private double panX;
    private double panY;
    /** The design rectangle (x, y, w, h) and zoom cap of the last fit, kept while it is what is shown. */
    private double[] fitTarget;
    /** Fits the kept rectangle again when the frame changes under it: the zoom's owner is asked for the new zoom. */
    private Consumer<double[]> refitter = t -> fit(t[0], t[1], t[2], t[3], t[4], fitZoom(t[2], t[3], t[4]));

    /** Who fits a kept pattern again when the frame changes: given (x, y, w, h, zoom cap), it calls {@link #fit}. */
    void onRefit(Consumer<double[]> value) {
        refitter = value;
    }

    void setBox(ViewBox box) {
        this.box = box;
        fitTarget = null;
        apply();
    }

    /** The view box shown; the control's preferred size follows its proportions. */
    ViewBox box() {
        return box;
    }

    void setSize(double width, double height) {
        setFrame(0, 0, width, height);
    }

    /**
     * Fits the figure into a w by h control that also holds the key (bottom left, 12 px from the
     * edges): beside or above a visible key, whichever leaves the figure larger, so the key never hides
     * part of the figure or its pattern (a smaller figure is better than a hidden zone).
     */
    void fitAround(double w, double h, Region key) {
        // Decided once per control size and view: a key that grows (draw mode's rows) must not move the
        // figure under the pointer in the middle of a stroke.
        List<Object> situation = List.of(w, h, box, key.isVisible());
        if (situation.equals(fitted)) {
            return;
        }
        fitted = situation;
        double keyWidth = key.isVisible() ? key.prefWidth(-1) + 24 : 0;
        double keyHeight = key.isVisible() ? key.prefHeight(-1) + 24 : 0;
        double beside = fitScale(w - keyWidth, h);
        double above = fitScale(w, h - keyHeight);
        if (beside >= above) {
            setFrame(keyWidth, 0, w - keyWidth, h);
        } else {
            setFrame(0, 0, w, h - keyHeight);
        }
    }

    /** Whether the figure is fitted beside the key (the key's strip is the left column), not above it. */
    boolean keyBeside() {
        return frameX > 0;
    }

    /** Decides the figure's place beside the key again at the next layout (the key changed its rows). */
    void refit() {
        fitted = List.of();
    }

    /** The part of the control (x, y, w, h) the figure is fitted and centred in. */
    void setFrame(double x, double y, double w, double h) {
        frameX = x;
        frameY = y;
        frameWidth = Math.max(1, w);
        frameHeight = Math.max(1, h);
        if (fitTarget != null) {
            // the frame changed under a fitted pattern (the key moved beside or above the figure): fit again,
            // so the pattern stays whole and centred instead of keeping a pan made for the old frame
            refitter.accept(fitTarget.clone());
            return;
        }
        apply();
    }

    /** The scale that fits the view box into a w by h area. */
    double fitScale(double w, double h) {
        return Math.min(w / box.width(), h / box.height());
    }

    double fitScale() {
        return fitScale(frameWidth, frameHeight);
    }

    /** Where the view box's origin lands at scale s, centred in the frame, before panning. */
    private double originX(double s) {
        return frameX + (frameWidth - s * box.width()) / 2 - s * box.x();
    }

    private double originY(double s) {
        return frameY + (frameHeight - s * box.height()) / 2 - s * box.y();
    }

    double zoom() {
        return zoom;
    }

    /** Changes the zoom keeping the design point under (px, py) at the same place. */
    void zoomAbout(double newZoom, double px, double py) {
        fitTarget = null;
        double s = fitScale() * zoom;
        double dx = (px - translate.getX()) / s;
        double dy = (py - translate.getY()) / s;
        zoom = newZoom;
        double s2 = fitScale() * zoom;
        panX = px - s2 * dx - originX(s2);
        panY = py - s2 * dy - originY(s2);
        apply();
    }

    /** The zoom (at most {@code maxZoom}, at least 1) at which a w by h design rectangle fills most of the frame. */
    double fitZoom(double w, double h, double maxZoom) {
        double fit = fitScale();
        return Math.max(1, Math.min(maxZoom, 0.85 * Math.min(frameWidth / (w * fit), frameHeight / (h * fit))));
    }

    /**
     * Shows the design rectangle centred at the given zoom (its {@link #fitZoom} unless the zoom's owner
     * holds another) and keeps it, with its zoom cap, to fit again when the frame changes.
     */
    void fit(double minX, double minY, double w, double h, double maxZoom, double newZoom) {
        fitTarget = new double[] {minX, minY, w, h, maxZoom};
        zoom = newZoom;
        double s = fitScale() * zoom;
        double cx = minX + w / 2;
        double cy = minY + h / 2;
        panX = frameX + frameWidth / 2 - s * cx - originX(s);
        panY = frameY + frameHeight / 2 - s * cy - originY(s);
        apply();
    }

    /**
     * Whether the design rectangle already lies in the frame as shown and fills a good part of it: its
     * larger side (relative to the frame's) at least {@link #KEEP_FILL} of the frame, or as large as a fit
     * (at most {@code maxZoom}) would show it. Half a pixel of slack on each edge.
     */
    boolean framesWell(double minX, double minY, double w, double h, double maxZoom) {
        double s = fitScale() * zoom;
        double x0 = translate.getX() + s * minX;
        double y0 = translate.getY() + s * minY;
        boolean inside = x0 >= frameX - 0.5 && y0 >= frameY - 0.5 && x0 + s * w <= frameX + frameWidth + 0.5
                && y0 + s * h <= frameY + frameHeight + 0.5;
        double fill = Math.max(s * w / frameWidth, s * h / frameHeight);
        return inside && (fill >= KEEP_FILL || zoom >= fitZoom(w, h, maxZoom) - 1e-9);
    }

    /** How much of the frame a pattern that already lies in it must fill to keep the frame (see {@link #framesWell}). */
    static final double KEEP_FILL = 0.55;

    /** Keeps the frame as shown for a new pattern; a fitted frame now stands for that pattern when the frame changes. */
    void keepFrame(double minX, double minY, double w, double h, double maxZoom) {
        if (fitTarget != null) {
            fitTarget = new double[] {minX, minY, w, h, maxZoom};
        }
    }

    void panBy(double dx, double dy) {
        fitTarget = null;
        panX += dx;
        panY += dy;
        apply();
    }

    void reset() {
        fitTarget = null;
        zoom = 1;
        panX = 0;
        panY = 0;
        apply();
    }

    private void apply() {
        double s = fitScale() * zoom;
        if (zoom <= 1) {
            panX = 0;
            panY = 0;
        }
        scale.setX(s);
        scale.setY(s);
        translate.setX(originX(s) + panX);
        translate.setY(originY(s) + panY);
    }
}
