package org.referralatlas.ui.shell;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.referralatlas.model.Atlas;
import org.referralatlas.ui.Messages;
import org.referralatlas.ui.study.StudyView;
import org.referralatlas.ui.study.StudyViewModel;

/**
 * Builds the study screen for the current atlas the first time Study mode is shown, and again
 * only when the atlas changes; its clock, random source and stores are passed in ({@link StudyServices}).
 */
final class StudyMode {
    private final StudyServices services;
    private Atlas builtFor;
    private StudyView view;
    private StudyViewModel model;

    StudyMode(StudyServices services) {
        this.services = services;
    }

    Node view(Atlas atlas) {
        if (atlas == null) {
            return new Label(Messages.get("app.loading"));
        }
        if (atlas != builtFor) {
            model = new StudyViewModel(atlas, services.progress(), services.decks(), services.clock(),
                    services.random());
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
