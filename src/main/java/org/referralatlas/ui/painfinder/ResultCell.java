package org.referralatlas.ui.painfinder;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.referralatlas.model.Atlas;

/**
 * A ranked muscle of the pain finder: the cell lays out one box of labels, for the therapist or, while
 * a patient looks on, in the patient's words; empty rows and rows without an atlas show nothing.
 */
abstract class ResultCell<T> extends ListCell<T> {
    private final ObservableValue<Atlas> atlas;
    private final ObservableBooleanValue patient;

    ResultCell(ObservableValue<Atlas> atlas, ObservableBooleanValue patient) {
        this.atlas = atlas;
        this.patient = patient;
    }

    @Override
    protected final void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null || atlas.getValue() == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        setPrefWidth(0); // wrap to the list's width instead of scrolling sideways
        VBox box = new VBox(2);
        String spoken = patient.get() ? forPatient(item, atlas.getValue(), box) : forTherapist(item, atlas.getValue(), box);
        setGraphic(box);
        setAccessibleText(spoken);
    }

    /** Fills the box in plain words (no score, share or trigger-point label); returns the accessible text. */
    abstract String forPatient(T item, Atlas atlas, VBox box);

    /** Fills the box with the clinical detail; returns the accessible text. */
    abstract String forTherapist(T item, Atlas atlas, VBox box);
}
