package org.referralatlas.ui.shell;

import javafx.beans.binding.Bindings;
import org.referralatlas.ui.bodymap.BodyMapView;

/**
 * Binds the main window's body map to the {@link FigureViewModel}, one way: every property the map
 * shows follows the view model, and the map's gestures (a click on a muscle, Escape, the wheel, [ and ])
 * go back to the view model as intents. Nothing is copied back from the map, so there is one owner of
 * each value and no pair of listeners that could feed each other.
 */
final class FigureBinding {
    private FigureBinding() {
    }

    static void bind(BodyMapView map, FigureViewModel figure) {
        map.viewIdProperty().bind(figure.viewIdProperty());
        map.sideProperty().bind(figure.sideProperty());
        map.layerProperty().bind(figure.layerProperty());
        map.selectedMuscleIdProperty().bind(figure.selectedMuscleIdProperty());
        map.focusedTriggerPointIdProperty().bind(figure.focusedTriggerPointIdProperty());
        map.patientKeyProperty().bind(figure.patientKeyProperty()); // the patient view speaks plainly everywhere
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
