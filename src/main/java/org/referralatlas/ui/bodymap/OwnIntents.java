package org.referralatlas.ui.bodymap;

import javafx.beans.property.Property;
import org.referralatlas.model.Side;

/**
 * The gestures of a map that owns its state (no {@link MapIntents} set): they change the map's own
 * properties. A property bound one way belongs to its source, so a gesture leaves it alone rather than
 * fail: such a map should be given the source's intents.
 */
final class OwnIntents implements MapIntents {
    private final BodyMapView map;

    OwnIntents(BodyMapView map) {
        this.map = map;
    }

    @Override
    public void selectMuscle(String muscleId) {
        set(map.selectedMuscleIdProperty(), muscleId);
    }

    @Override
    public void showSide(Side side) {
        set(map.sideProperty(), side);
    }

    @Override
    public void zoomTo(double zoom) {
        set(map.zoomProperty(), zoom); // the property clamps
    }

    @Override
    public void brushRadius(double radius) {
        set(map.brushRadiusProperty(), radius); // the property clamps
    }

    @Override
    public void eraser(boolean on) {
        set(map.eraserProperty(), on);
    }

    private static <T> void set(Property<T> property, T value) {
        if (!property.isBound()) {
            property.setValue(value);
        }
    }
}
