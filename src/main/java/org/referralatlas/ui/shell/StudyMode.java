package org.referralatlas.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.referralatlas.model.Atlas;
import org.referralatlas.study.DeckStore;
import org.referralatlas.study.ProgressStore;
import org.referralatlas.ui.Messages;
import org.referralatlas.ui.study.StudyView;
import org.referralatlas.ui.study.StudyViewModel;

/**
 * Builds the study screen for the current atlas the first time Study mode is shown, and again
 * only when the atlas changes; progress lives in the user's data folder.
 */
final class StudyMode {
    private final Path dataDirectory;
    private Atlas builtFor;
    private StudyView view;
    private StudyViewModel model;

    StudyMode(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    Node view(Atlas atlas) {
        if (atlas == null) {
            return new Label(Messages.get("app.loading"));
        }
        if (atlas != builtFor) {
            Clock clock = Clock.systemDefaultZone();
            model = new StudyViewModel(atlas, new ProgressStore(dataDirectory, clock),
                    new DeckStore(dataDirectory, clock), clock, new Random());
            view = new StudyView(model, atlas);
            view.setId("study");
            builtFor = atlas;
        }
        return view;
    }

    /**
     * A class quiz: every card asked, nothing recorded in the student's progress, projector-sized.
     * Takes effect from the next deck chosen; does nothing before the study screen exists.
     */
    void classQuiz(boolean on) {
        if (view != null) {
            model.classQuiz(on);
            view.setPresentation(on);
        }
    }
}
