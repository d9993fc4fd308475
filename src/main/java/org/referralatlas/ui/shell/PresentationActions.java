package org.referralatlas.ui.shell;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.referralatlas.export.Plate;
import org.referralatlas.lesson.LessonFile;
import org.referralatlas.model.Side;
import org.referralatlas.ui.Messages;
import org.referralatlas.ui.present.PresentationView;
import org.referralatlas.ui.present.PresentationViewModel;

/** F5 and the lesson file actions: presentation of a lesson, or a class quiz in Study mode. */
final class PresentationActions {
    static final String THEME = "/org/referralatlas/ui/theme.css";
    static final String PROJECTOR = "/org/referralatlas/ui/projector.css";

    private final Stage stage;
    private final MainViewModel model;
    private final FileReads reads;
    private MainView view;

    /** @param reads reads a chosen lesson off the JavaFX thread; the open lesson stays until it has been read */
    PresentationActions(Stage stage, MainViewModel model, FileReads reads) {
        this.stage = stage;
        this.model = model;
        this.reads = reads;
    }

    void attach(MainView mainView) {
        this.view = mainView;
    }

    void start() {
        if (model.modeProperty().get() == AppMode.STUDY) {
            startClassQuiz();
            return;
        }
        PresentationViewModel presentation = model.presentation();
        if (presentation.size() == 0) {
            model.addToLesson(false);
        }
        presentation.first(); // a lesson is given from its start, not from the slide added last
        show(presentation);
    }

    /**
     * Presents plates as slides: the teacher chooses which (the pain finder's regions, the lesson's muscles,
     * the selected muscle's group, everything); they run in a view model of their own, the lesson untouched.
     */
    void presentPlates() {
        var atlas = model.session().getAtlas();
        Side side = PlateBookExport.shownSide(model);
        PlateBookScopes.Scope scope = PlateBookExport.chooseScope(stage, model, side,
                view == null ? null : view.studyDeck(), "menu.present.plates");
        if (atlas != null && scope != null) {
            PresentationViewModel slides = new PresentationViewModel();
            slides.lessonProperty().set(PlateSlides.lesson(atlas, scope.label(), Plate.plan(atlas, scope.muscles()),
                    side));
            show(slides);
        }
    }

    private void show(PresentationViewModel presentation) {
        Stage show = new Stage();
        show.initOwner(stage);
        PresentationView content = new PresentationView(presentation, model.session().atlasProperty(), show::close);
        Scene scene = new Scene(content, 1600, 1000);
        scene.getStylesheets().addAll(css(THEME), css(PROJECTOR));
        show.setScene(scene);
        show.setTitle(Messages.get("app.title"));
        show.setFullScreenExitHint("");
        show.setFullScreen(true);
        show.show();
        content.requestFocus();
    }

    /** F5 in Study mode: the main window goes full screen in the projector theme for a class quiz. */
    private void startClassQuiz() {
        String projector = css(PROJECTOR);
        view.classQuiz(true);
        stage.getScene().getStylesheets().add(projector);
        stage.setFullScreen(true);
        stage.fullScreenProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean full) {
                if (!full) {
                    view.classQuiz(false);
                    stage.getScene().getStylesheets().remove(projector);
                    stage.fullScreenProperty().removeListener(this);
                }
            }
        });
    }

    void openLesson() {
        File file = lessonChooser().showOpenDialog(stage);
        if (file != null) {
            openLesson(file.toPath());
        }
    }

    /** Reads the lesson off the JavaFX thread; a file that cannot be read leaves the open lesson as it was. */
    void openLesson(Path file) {
        reads.read(file, LessonFile::open, model.presentation().lessonProperty()::set, this::error);
    }

    void saveLesson() {
        File file = lessonChooser().showSaveDialog(stage);
        if (file != null) {
            try {
                LessonFile.save(model.presentation().lessonProperty().get(), file.toPath());
            } catch (IOException e) {
                error(e);
            }
        }
    }

    private static FileChooser lessonChooser() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("dialog.lesson.filter"), "*.json"));
        return chooser;
    }

    private void error(Throwable failure) {
        Dialogs.error(stage, "dialog.lesson.error", failure);
    }

    static String css(String resource) {
        return PresentationActions.class.getResource(resource).toExternalForm();
    }
}
