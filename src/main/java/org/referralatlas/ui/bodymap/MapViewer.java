package org.referralatlas.ui.bodymap;

import javafx.scene.Node;

/**
 * What the skin does for its {@link BodyMapView} while it is installed: zoom and fit the viewport,
 * and find the node of a muscle for a screen reader. The skin registers itself with
 * {@code attach}; the control never casts its skin.
 */
interface MapViewer {
    void zoomAbout(double zoom, double x, double y);

    void zoomToSelection(double maxZoom);

    void resetViewport();

    /** The authored (right-side) node of a muscle, or null when it is not drawn. */
    Node muscleNode(String muscleId);

    /** Where a design point (authored coordinates) is on the screen; null when no view is shown. */
    javafx.geometry.Point2D designToScreen(double x, double y);
}
