package org.referralatlas.ui.bodymap;

import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;

/**
 * One row of the figure's key: a swatch in its box and its words. Plain nodes, not a Label: the key is
 * in the app's first frame, which holds no control (no control skin, no default stylesheet; README
 * "Start-up and memory").
 */
final class KeyRow extends HBox {
    private final Group swatch;
    private final Text words = new Text();

    KeyRow(Node swatch, String text) {
        super(8);
        this.swatch = new Group(swatch);
        this.swatch.getStyleClass().add(BodyMapCss.LEGEND_SWATCH);
        words.getStyleClass().add(BodyMapCss.LEGEND_TEXT);
        setText(text);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add(BodyMapCss.LEGEND_ROW);
        getChildren().addAll(this.swatch, words);
    }

    void setText(String text) {
        words.setText(text == null ? "" : text);
    }

    String getText() {
        return words.getText();
    }

    /** The swatch's box (a group holding the swatch's shapes). */
    Group swatch() {
        return swatch;
    }
}
