package org.referralatlas.ui.bodymap;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.Node;

/** The kind of property the body map declares more than once: an event handler. */
final class MapProperties {
    private MapProperties() {
    }

    /** An {@code onXxx} property that installs its handler for the event type on the node. */
    static <T extends Event> ObjectProperty<EventHandler<T>> handler(Node node, String name, EventType<T> type) {
        return new SimpleObjectProperty<>(node, name) {
            private EventHandler<T> installed;

            @Override
            protected void invalidated() {
                if (installed != null) {
                    node.removeEventHandler(type, installed);
                }
                installed = get();
                if (installed != null) {
                    node.addEventHandler(type, installed);
                }
            }
        };
    }
}
