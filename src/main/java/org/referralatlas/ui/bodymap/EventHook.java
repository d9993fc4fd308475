package org.referralatlas.ui.bodymap;

import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.Node;

/**
 * One handler (or, for keys, a filter: the map's keys win over its children's) for one event type;
 * a list of them installs and uninstalls together, so the two cannot drift apart.
 */
record EventHook<T extends Event>(EventType<T> type, EventHandler<? super T> handler, boolean filter) {
    void install(Node node) {
        if (filter) {
            node.addEventFilter(type, handler);
        } else {
            node.addEventHandler(type, handler);
        }
    }

    void uninstall(Node node) {
        if (filter) {
            node.removeEventFilter(type, handler);
        } else {
            node.removeEventHandler(type, handler);
        }
    }
}
