package org.referralatlas.ui.explore;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Writes the detail pane's lines into its box, line by line, reusing the labels and links already
 * there: a click on another muscle changes their texts (and a style class where the kind of line
 * differs) instead of building a new label, skin and style for each line, which cost most of a
 * click's time (ClickToFrame bench, README "Start-up and memory"). Lines left over go to a spare
 * pool for the next, longer muscle.
 */
final class DetailLines {
    private final VBox box;
    private final Deque<Label> spareLabels = new ArrayDeque<>();
    private final Deque<Hyperlink> spareLinks = new ArrayDeque<>();
    private int index;

    DetailLines(VBox box) {
        this.box = box;
    }

    /** Starts writing from the first line. */
    void begin() {
        index = 0;
    }

    /** The next line: wrapped text in one style class; its id is cleared (set one after, if needed). */
    Label label(String text, String styleClass) {
        Label label = place(Label.class, spareLabels, DetailLines::newLabel);
        label.setText(text);
        label.setId(null);
        style(label.getStyleClass(), "label", styleClass);
        return label;
    }

    /** The next line: a link, as wide as the pane at most, its text on several lines rather than cut. */
    Hyperlink link(String text, String id, EventHandler<ActionEvent> action) {
        Hyperlink link = place(Hyperlink.class, spareLinks, DetailLines::newLink);
        link.setText(text);
        link.setId(id);
        link.setVisited(false);
        link.setOnAction(action);
        return link;
    }

    /** Ends the writing: lines past the last one written leave the box, kept for later. */
    void end() {
        List<Node> children = box.getChildren();
        if (index < children.size()) {
            List<Node> rest = children.subList(index, children.size());
            rest.forEach(this::spare);
            rest.clear();
        }
    }

    private <T extends Node> T place(Class<T> kind, Deque<T> spares, java.util.function.Supplier<T> make) {
        List<Node> children = box.getChildren();
        Node there = index < children.size() ? children.get(index) : null;
        T node;
        if (there != null && there.getClass() == kind) {
            node = kind.cast(there);
        } else {
            node = spares.isEmpty() ? make.get() : spares.pop();
            if (there == null) {
                children.add(node);
            } else {
                children.set(index, node);
                spare(there);
            }
        }
        index++;
        return node;
    }

    private void spare(Node node) {
        if (node instanceof Hyperlink link) {
            link.setOnAction(null);
            spareLinks.push(link);
        } else if (node instanceof Label label) {
            spareLabels.push(label);
        }
    }

    private static void style(javafx.collections.ObservableList<String> classes, String base, String styleClass) {
        if (classes.size() != 2 || !classes.get(0).equals(base) || !classes.get(1).equals(styleClass)) {
            classes.setAll(base, styleClass);
        }
    }

    private static Label newLabel() {
        Label label = new Label();
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        // The box gives each line its preferred height: an unbounded maximum is the same layout without
        // laying its text out once more to compute one (a sixth of what a click allocated).
        label.setMaxHeight(Double.MAX_VALUE);
        return label;
    }

    private static Hyperlink newLink() {
        Hyperlink link = new Hyperlink();
        link.setWrapText(true);
        link.setMaxWidth(Double.MAX_VALUE);
        link.setMaxHeight(Double.MAX_VALUE);
        return link;
    }
}
