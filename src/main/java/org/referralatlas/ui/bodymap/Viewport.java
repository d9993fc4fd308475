package org.referralatlas.ui.bodymap;

import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import org.referralatlas.model.ViewBox;

/**
 * Maps the view box into the control: fit scale (aspect ratio kept) times zoom, centred, plus pan.
 * Only two transforms change when the user zooms or pans; no node is rebuilt or re-laid out.
 */
final class Viewport {
    final Translate translate = new Translate();
    final Scale scale = new Scale(1, 1, 0, 0);
    private ViewBox box = new ViewBox(0, 0, 800, 720);
    private double width = 1;
    private double height = 1;
    private double zoom = 1;
    private double panX;
    private double panY;

    void setBox(ViewBox box) {
        this.box = box;
        apply();
    }

    /** The view box shown; the control's preferred size follows its proportions. */
    ViewBox box() {
        return box;
    }

    void setSize(double width, double height) {
        this.width = Math.max(1, width);
        this.height = Math.max(1, height);
        apply();
    }

    double fitScale() {
        return Math.min(width / box.width(), height / box.height());
    }

    double zoom() {
        return zoom;
    }

    /** Changes the zoom keeping the design point under (px, py) at the same place. */
    void zoomAbout(double newZoom, double px, double py) {
        double s = fitScale() * zoom;
        double dx = (px - translate.getX()) / s;
        double dy = (py - translate.getY()) / s;
        zoom = newZoom;
        double s2 = fitScale() * zoom;
        panX = px - s2 * dx - (width - s2 * box.width()) / 2 + s2 * box.x();
        panY = py - s2 * dy - (height - s2 * box.height()) / 2 + s2 * box.y();
        apply();
    }

    /** Zooms (up to {@code maxZoom}) and pans so that the design rectangle fills most of the control, centred. */
    void fit(double minX, double minY, double w, double h, double maxZoom) {
        double fit = fitScale();
        zoom = Math.max(1, Math.min(maxZoom, 0.85 * Math.min(width / (w * fit), height / (h * fit))));
        double s = fit * zoom;
        double cx = minX + w / 2;
        double cy = minY + h / 2;
        panX = width / 2 - s * cx - (width - s * box.width()) / 2 + s * box.x();
        panY = height / 2 - s * cy - (height - s * box.height()) / 2 + s * box.y();
        apply();
    }

    void panBy(double dx, double dy) {
        panX += dx;
        panY += dy;
        apply();
    }

    void reset() {
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
        translate.setX((width - s * box.width()) / 2 + panX - s * box.x());
        translate.setY((height - s * box.height()) / 2 + panY - s * box.y());
    }
}
