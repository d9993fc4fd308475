package org.referralatlas.ui.bodymap;

import javafx.scene.Node;
import javafx.scene.control.Label;

/** The name of the muscle under the pointer, top left of the map: a hover says what it is, unlike a selection. */
final class HoverCaption extends Label {
    HoverCaption() {
        getStyleClass().add(BodyMapCss.HOVER_CAPTION);
        setId("hover-caption");
        setMouseTransparent(true);
        setVisible(false);
    }

    /** Names the muscle (node), or hides the name for null. */
    void show(Node muscle) {
        String name = muscle == null ? null : muscle.getAccessibleText();
        setText(name);
        setVisible(name != null);
    }
}
