package org.referralatlas.ui.bodymap;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.Node;

/** The two kinds of property the body map declares more than once: a clamped number and an event handler. */
final class MapProperties {
    private MapProperties() {
    }

    /**
     * A number clamped to [min, max] where it is read, so that a value set, bound or animated never
     * leaves the range (an overridden {@code set} would be bypassed by a binding).
     */
    static DoubleProperty clamped(Object bean, String name, double initial, double min, double max) {
        return new SimpleDoubleProperty(bean, name, initial) {
            @Override
            public double get() {
                return Math.max(min, Math.min(max, super.get()));
            }
        };
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
