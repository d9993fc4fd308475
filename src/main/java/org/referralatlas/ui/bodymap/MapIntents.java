package org.referralatlas.ui.bodymap;

import org.referralatlas.model.Side;

/**
 * What a user's gesture on the {@link BodyMapView} asks for. The map does not write the state it shows:
 * it sends the gesture here, to the owner of that state (in the app, the figure's view model), and shows
 * the result when it comes back through its one-way bindings. A map with no intents set
 * ({@link BodyMapView#setIntents}) is its own owner and changes its own properties.
 */
public interface MapIntents {
    /** A click, Enter or Space on a muscle, or Escape (null): select it, or clear the selection. */
    void selectMuscle(String muscleId);

    /** A click on the mirrored (patient's left) or authored copy of a muscle in a view of both sides. */
    void showSide(Side side);

    /** Wheel, pinch, +/-, double-click, reset or a fit onto a pattern: the zoom factor wanted (clamped by the owner). */
    void zoomTo(double zoom);

    /** [ and ] in draw mode: the brush radius wanted (clamped by the owner). */
    void brushRadius(double radius);

    /** B (false) or E (true) in draw mode. */
    void eraser(boolean on);
}
