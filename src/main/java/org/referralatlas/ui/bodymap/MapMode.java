package org.referralatlas.ui.bodymap;

/** What a click on the body map means. */
public enum MapMode {
    /** A click on a muscle selects it; a click elsewhere reports the pain regions under the pointer. */
    EXPLORE,
    /** Every click reports the pain regions under the pointer (the patient shows where it hurts). */
    PAIN_FINDER,
    /**
     * The patient paints where it hurts: a primary-button drag (or click) reports a {@link BrushStrokeEvent}
     * instead of panning; a secondary-button drag erases; a middle-button drag pans. Muscles stay
     * pickable (hover, accessibility), but clicks do not select them.
     */
    DRAW,
    /**
     * A plain figure to answer a quiz on: the skin, the face and ears and the bones that show through
     * (dashed), no muscles or regions, fitted to the figure; the whole figure mirrored for the left
     * side. Shows the control's {@link MapMark}s; every press and drag fires a {@link FigurePointerEvent};
     * no zoom, pan or muscle keys.
     */
    QUIZ
}
