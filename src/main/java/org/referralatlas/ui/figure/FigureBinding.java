package org.referralatlas.ui.figure;

import javafx.beans.binding.Bindings;
import org.referralatlas.ui.bodymap.BodyMapView;

/**
 * Binds a body map to a {@link FigureViewModel}, one way: every property the map shows follows the view
 * model, and the map's gestures (a click on a muscle, Enter, Escape, the wheel, +/-, [ and ], B and E) go
 * back to the view model as intents. Nothing is copied back from the map, so each value has one owner
 * and no pair of listeners can feed each other. The map's own properties are then read-only in effect:
 * setting one throws, as for any bound property.
 */
public final class FigureBinding {
    private FigureBinding() {
    }

    public static void bind(BodyMapView map, FigureViewModel figure) {
        map.viewIdProperty().bind(figure.viewIdProperty());
        map.sideProperty().bind(figure.sideProperty());
        map.layerProperty().bind(figure.layerProperty());
        map.selectedMuscleIdProperty().bind(figure.selectedMuscleIdProperty());
        map.focusedTriggerPointIdProperty().bind(figure.focusedTriggerPointIdProperty());
        map.zoomProperty().bind(figure.zoomProperty());
        map.brushRadiusProperty().bind(figure.brushRadiusProperty());
        map.eraserProperty().bind(figure.eraserProperty());
        map.modeProperty().bind(figure.mapModeProperty());
        Bindings.bindContent(map.getHighlightedMuscleIds(), figure.highlighted());
        Bindings.bindContent(map.getChosenRegionIds(), figure.chosenRegions());
        map.paintedCellsProperty().bind(figure.paintedCellsProperty());
        map.setIntents(figure);
    }
}
