package org.referralatlas.ui.painfinder;

import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;

/** Save, open and compare pain drawings: they need the window for file choosers, so the shell supplies them. */
public interface DrawingFiles {
    /** Never true: for suppliers that read files at once. */
    ObservableBooleanValue NEVER_READING = new ReadOnlyBooleanWrapper(false).getReadOnlyProperty();

    void saveDrawing();

    void openDrawing();

    void compareDrawings();

    /** True while a chosen file is being read (off the JavaFX thread): Open and Compare wait meanwhile. */
    default ObservableBooleanValue readingFile() {
        return NEVER_READING;
    }
}
