package org.referralatlas.ui.painfinder;

/** Save, open and compare pain drawings: they need the window for file choosers, so the shell supplies them. */
public interface DrawingFiles {
    void saveDrawing();

    void openDrawing();

    void compareDrawings();
}
