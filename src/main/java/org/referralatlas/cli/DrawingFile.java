package org.referralatlas.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.referralatlas.data.PainDrawingStore;
import org.referralatlas.io.BoundedFiles;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.PainDrawing;
import org.referralatlas.model.ViewDrawing;

/** Reads a pain drawing saved by the pain finder for a command, with one-line messages for what goes wrong. */
final class DrawingFile {
    private DrawingFile() {
    }

    /**
     * The drawing in {@code file}, every view of which the atlas has.
     *
     * @throws Cli.CommandProblem when the file is missing, a folder, not a drawing, or names a view the atlas lacks
     */
    static PainDrawing read(Path file, Atlas atlas) {
        PainDrawing drawing;
        try {
            drawing = PainDrawingStore.open(file);
        } catch (BoundedFiles.UnreadableException e) {
            throw new Cli.CommandProblem(e.missing() ? "drawing file not found: " + file
                    : e.why() == BoundedFiles.Why.FOLDER ? file + " is a folder, not a drawing file" : e.getMessage());
        } catch (IOException e) {
            throw new Cli.CommandProblem(e.getMessage());
        }
        for (ViewDrawing v : drawing.views()) {
            if (atlas.view(v.view()).isEmpty()) {
                throw new Cli.CommandProblem(file + ": the atlas has no view '" + v.view() + "' (it has "
                        + atlas.views().stream().map(x -> x.id()).collect(Collectors.joining(", ")) + ")");
            }
        }
        return drawing;
    }
}
