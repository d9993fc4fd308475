package org.referralatlas.ui;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;

/** Input events made by hand, to fire at a node with {@code Event.fireEvent} without a window or a robot. */
public final class FiredEvents {
    private FiredEvents() {
    }

    /** One wheel notch at (400, 300) of the target: positive deltaY scrolls up (zooms in on the map). */
    public static ScrollEvent wheel(double deltaY) {
        return new ScrollEvent(ScrollEvent.SCROLL, 400, 300, 400, 300, false, false, false, false, false, false,
                0, deltaY, 0, deltaY, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null);
    }

    /** A key press without modifiers. */
    public static KeyEvent key(KeyCode code) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false);
    }
}
