package org.referralatlas.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import org.referralatlas.lesson.Lesson;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Layer;
import org.referralatlas.model.Side;
import org.referralatlas.ui.Messages;

/** The stage: menu actions, dialogs, and the window's remembered size and last view. */
public final class MainWindow implements MainMenu.Actions {
    private static final String TOP_HEIGHT = "topHeight";

    private final Stage stage;
    private final MainViewModel model;
    private final MainView view;
    private final Preferences prefs;
    private final ExportActions exports;
    private final PlateBookExport plateBook;
    private final PresentationActions presentations;
    private final DrawingFileActions drawings;
    /** Drawings and lessons chosen in a file dialog, read off the JavaFX thread one at a time. */
    private final FileReads reads = new FileReads(FileReads::onOwnThread, Platform::runLater);

    /**
     * @param background    runs exports and rendering off the JavaFX thread
     * @param study         study mode's clock, random source and stores (made by the composition root)
     */
    public MainWindow(Stage stage, MainViewModel model, Preferences prefs, Executor background, StudyServices study) {
        this(stage, model, prefs, background, study, false);
    }

    /**
     * @param figureFirst the app's start: the first frame has the figure, the status line and places for
     *                    the rest, which {@link #completeWindow()} builds after it (see {@link MainView})
     */
    public MainWindow(Stage stage, MainViewModel model, Preferences prefs, Executor background, StudyServices study,
            boolean figureFirst) {
        this.stage = stage;
        ExportContext exportContext = new ExportContext(stage, model, background);
        this.exports = new ExportActions(exportContext);
        this.plateBook = new PlateBookExport(exportContext, this::studyDeck);
        this.drawings = new DrawingFileActions(stage, model.painDrawing(), model.session().atlasProperty(), reads);
        this.model = model;
        this.prefs = prefs;
        this.view = new MainView(model, this, study, figureFirst,
                prefs.getDouble(TOP_HEIGHT, MainView.DEFAULT_TOP_HEIGHT));
        // After the view, whose class quiz and deck they use (MainView calls no handler while it is built).
        this.presentations = new PresentationActions(stage, model, view::classQuiz, view::studyDeck, reads);
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view, WindowSize.clamp(prefs.getDouble("width", 1280), 1280, 900, screen.getWidth()),
                WindowSize.clamp(prefs.getDouble("height", 800), 800, 600, screen.getHeight()));
        scene.getStylesheets().add(PresentationActions.css(PresentationActions.THEME));
        stage.setScene(scene);
        stage.setTitle(Messages.get("app.title"));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        model.explore().viewIdProperty().set(prefs.get("view", null));
        model.session().lastFailureProperty().addListener((o, old, failure) -> {
            if (failure != null) {
                AtlasProblemsDialog.show(stage, failure);
            }
        });
        model.session().atlasProperty().addListener((o, old, a) -> stage.setTitle(a == null
                ? Messages.get("app.title") : Messages.get("app.title") + " \u2014 " + a.manifest().title()));
        stage.setOnHidden(e -> remember());
    }

    public MainView view() {
        return view;
    }

    /** Builds what a figure-first start left out (menu, toolbar, search, lists, detail); once only. */
    public void completeWindow() {
        view.completeChrome();
    }

    private org.referralatlas.study.Deck studyDeck() {
        return view.studyDeck();
    }

    private void remember() {
        if (!stage.isFullScreen() && !stage.isMaximized()) {
            prefs.putDouble("width", stage.getWidth());
            prefs.putDouble("height", stage.getHeight());
        }
        double top = view.topHeight();
        if (!Double.isNaN(top)) {
            // The next start keeps this much room for the menu and toolbar, so the figure does not move.
            prefs.putDouble(TOP_HEIGHT, top);
        }
        String viewId = model.explore().viewIdProperty().get();
        if (viewId != null) {
            prefs.put("view", viewId);
        }
    }

    @Override
    public void openAtlas() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("dialog.open.title"));
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            model.session().open(dir.toPath());
        }
    }

    @Override
    public void reloadAtlas() {
        model.session().reload();
    }

    @Override
    public void useBundledAtlas() {
        model.session().openBundled();
    }

    @Override
    public void quit() {
        stage.close();
        Platform.exit();
    }

    @Override
    public void exportFigure() {
        exports.exportFigure();
    }

    @Override
    public void exportHandout() {
        exports.exportHandout();
    }

    @Override
    public void exportPlateBook() {
        plateBook.export();
    }

    @Override
    public void print() {
        exports.print();
    }

    @Override
    public void toggleFullScreen() {
        stage.setFullScreen(!stage.isFullScreen());
    }

    @Override
    public void showView(int index) {
        Atlas atlas = model.session().getAtlas();
        if (atlas != null && index < atlas.views().size()) {
            model.explore().showView(atlas.views().stream().skip(index).findFirst().orElseThrow().id());
        }
    }

    @Override
    public void cycleView(int step) {
        model.explore().cycleView(step);
    }

    @Override
    public void toggleLayer() {
        var layer = model.explore().layerProperty();
        layer.set(layer.get() == Layer.DEEP ? Layer.SUPERFICIAL : Layer.DEEP);
    }

    @Override
    public void toggleSide() {
        var side = model.explore().sideProperty();
        side.set(side.get() == Side.LEFT ? Side.RIGHT : Side.LEFT);
    }

    @Override
    public void togglePatientView() {
        var patient = model.explore().patientViewProperty();
        patient.set(!patient.get());
    }

    @Override
    public void resetZoom() { view.map().resetView(); }

    @Override
    public void zoomToPattern() { view.map().zoomToSelection(); }

    @Override
    public void toggleKey() { view.map().setLegendVisible(!view.map().isLegendVisible()); }

    @Override
    public void zoom(double factor) {
        model.figure().zoomBy(factor);
    }

    @Override
    public void setMode(AppMode mode) {
        model.modeProperty().set(mode);
    }

    @Override
    public void focusSearch() {
        view.focusSearch();
    }

    @Override
    public void undo() {
        model.undoPainFinder();
    }

    @Override
    public void clearPainFinder() {
        model.clearPainFinder();
    }

    @Override
    public void toggleDrawing() {
        model.toggleDrawing();
    }

    @Override
    public void saveDrawing() {
        drawings.save();
    }

    @Override
    public void openDrawing() {
        drawings.open();
    }

    @Override
    public void compareDrawings() {
        drawings.compare();
    }

    @Override
    public javafx.beans.value.ObservableBooleanValue readingFile() {
        return reads.readingProperty();
    }

    @Override
    public void showShortcuts() {
        HelpDialogs.showShortcuts(stage, view.actions().shortcutList());
    }

    @Override
    public void showAbout() {
        HelpDialogs.showAbout(stage, model.session().getAtlas());
    }

    @Override
    public void startPresentation() {
        presentations.start();
    }

    @Override
    public void presentPlates() {
        presentations.presentPlates();
    }

    @Override
    public void addToLesson(boolean compare) {
        model.addToLesson(compare);
    }

    @Override
    public void removeLessonStep() {
        model.presentation().removeCurrent();
    }

    @Override
    public void newLesson() {
        model.presentation().lessonProperty().set(new Lesson(Messages.get("lesson.untitled"), null));
    }

    @Override
    public void openLesson() {
        presentations.openLesson();
    }

    /** Opens a saved lesson ({@code .lesson.json}) or pain drawing, e.g. one double-clicked on a desktop. */
    public void openDocument(Path file) {
        if (file.getFileName().toString().endsWith(".lesson.json")) {
            presentations.openLesson(file);
        } else {
            setMode(AppMode.PAIN_FINDER);
            drawings.open(file);
        }
    }

    @Override
    public void saveLesson() {
        presentations.saveLesson();
    }
}
