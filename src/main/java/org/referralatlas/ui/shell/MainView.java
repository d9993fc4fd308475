package org.referralatlas.ui.shell;

import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import org.referralatlas.model.Muscle;
import org.referralatlas.ui.Lazy;
import org.referralatlas.ui.Messages;
import org.referralatlas.ui.Styles;
import org.referralatlas.ui.bodymap.BodyMapView;
import org.referralatlas.ui.explore.MuscleDetailView;
import org.referralatlas.ui.figure.FigureBinding;
import org.referralatlas.ui.painfinder.PainFinderResults;
import org.referralatlas.ui.painfinder.PainFinderView;
import org.referralatlas.ui.search.SearchBox;
import org.referralatlas.ui.techniques.TechniquesView;

/**
 * The main window's content: menu and toolbar on top; the mode's panel, the body map and the
 * muscle detail in resizable splits; a status line below.
 *
 * <p>Built in two steps when the app starts ({@code figureFirst}): first the figure drawn by plain
 * nodes where the body map will be ({@link FirstFramePlace}), the status text and a place the height
 * of the menu and toolbar, which is what the first frame needs, and no control (a control's first use
 * costs more than the rest of that frame; README "Start-up and memory"); then, after that frame,
 * {@link #completeChrome()} puts in the body map in its split, the menu, toolbar, search, muscle list
 * and detail, so the figure does not move. A change of mode completes it at once.
 */
public final class MainView extends BorderPane {
    /** The menu row's and toolbar's height with the default font, until a window has remembered its own. */
    static final double DEFAULT_TOP_HEIGHT = 70;
    private final MainViewModel model;
    /** The default divider positions of the split: the mode's panel, the figure, the detail. */
    private static final double[] SPLIT_DIVIDERS = {0.22, 0.70};
    private BodyMapView map;
    private SearchBox search;
    /** A Text, not a Label: the status line is in the first frame, which holds no control. */
    private final Text status = new Text();
    /** The status text; the progress bar joins it with the chrome (a control and skin the first frame can do without). */
    private final HBox statusLine = new HBox(8, status);
    /** The first frame's figure, until the body map takes its place; null after. */
    private FirstFramePlace firstFrame;
    private final StudyMode study;
    private final MainMenu.Actions handlers;
    private ActionCatalog actions;
    private final StackPane left = new StackPane();
    private SplitPane split;
    private final Lazy<ListView<Muscle>> muscles;
    private final Lazy<MuscleDetailView> detail;
    private final Runnable showMode;
    private boolean chromeBuilt;

    /** @param studyServices study mode's clock, random source and stores */
    public MainView(MainViewModel model, MainMenu.Actions actions, StudyServices studyServices) {
        this(model, actions, studyServices, false, DEFAULT_TOP_HEIGHT);
    }

    /**
     * @param figureFirst build only what the first frame shows; {@link #completeChrome()} adds the rest
     * @param topHeight   the height the menu and toolbar will take (their place until they are built)
     */
    MainView(MainViewModel model, MainMenu.Actions actions, StudyServices studyServices, boolean figureFirst,
            double topHeight) {
        this.model = model;
        this.muscles = Lazy.of(() -> MuscleList.create(model));
        this.handlers = actions;

        // A mode's view is built when the mode is first shown: most sessions never open all of them.
        Lazy<PainFinderView> painFinder = Lazy.of(() -> new PainFinderView(model.painFinder(), model.painDrawing(),
                model.session().atlasProperty(), actions));
        Lazy<PainFinderResults> painResults = Lazy.of(() -> new PainFinderResults(model.painFinder(),
                model.painDrawing(), model.session().atlasProperty(), id -> model.explore().selectMuscle(id)));
        Lazy<TechniquesView> techniques = Lazy.of(() -> new TechniquesView(model.techniques(), model::openMuscle));
        left.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        left.setMinWidth(220);
        detail = Lazy.of(() -> {
            MuscleDetailView view = new MuscleDetailView(model.explore(), model::openTechnique);
            view.setMinWidth(260);
            return view;
        });
        study = new StudyMode(studyServices);
        // Registered first, so the chrome is there before the mode's own listeners run.
        model.modeProperty().addListener((o, old, m) -> completeChrome());
        java.util.Map<AppMode, double[]> dividers = new java.util.EnumMap<>(AppMode.class);
        // The pain finder's results take the wide pane; its column holds the regions or the brush.
        dividers.put(AppMode.PAIN_FINDER, new double[] {0.22, 0.58});
        // A technique's steps and the muscles it serves take the wide column; no stale muscle beside them.
        dividers.put(AppMode.TECHNIQUES, new double[] {0.5});
        model.modeProperty().addListener((o, old, m) -> {
            // Each mode keeps the column widths the user last dragged it to.
            dividers.put(old, split.getDividerPositions());
            if (m == AppMode.TECHNIQUES) {
                split.getItems().setAll(left, map);
            } else if (m == AppMode.PAIN_FINDER) {
                // The results in the wide pane, the muscle detail in its second tab.
                split.getItems().setAll(left, map, painResults.get());
                painResults.get().holdDetail(detail.get());
            } else if (split.getItems().size() == 2 || old == AppMode.PAIN_FINDER) {
                painResults.ifCreated(r -> r.holdDetail(null));
                split.getItems().setAll(left, map, detail.get());
            }
            double[] positions = dividers.get(m);
            split.setDividerPositions(positions == null ? SPLIT_DIVIDERS : positions);
        });
        showMode = () -> {
            switch (model.modeProperty().get()) {
                case EXPLORE -> left.getChildren().setAll(muscles.get());
                case PAIN_FINDER -> left.getChildren().setAll(painFinder.get());
                case TECHNIQUES -> left.getChildren().setAll(techniques.get());
                case STUDY -> {
                    setCenter(study.view(model.session().getAtlas()));
                    return;
                }
                default -> throw new IllegalStateException();
            }
            setCenter(split);
        };
        model.modeProperty().addListener((o, old, m) -> showMode.run());
        model.session().atlasProperty().addListener((o, old, a) -> {
            if (model.modeProperty().get() == AppMode.STUDY) {
                showMode.run();
            }
        });

        statusLine.getStyleClass().add(Styles.STATUS);
        status.getStyleClass().add(Styles.STATUS_TEXT);
        model.session().atlasProperty().addListener((o, old, a) -> showStatus());
        showStatus();

        javafx.scene.layout.Region topPlace = new javafx.scene.layout.Region();
        topPlace.setMinHeight(topHeight);
        topPlace.setPrefHeight(topHeight);
        setTop(topPlace);
        setBottom(statusLine);
        if (figureFirst) {
            firstFrame = new FirstFramePlace(model, SPLIT_DIVIDERS, () -> status.getFont().getSize());
            setCenter(firstFrame);
        } else {
            completeChrome();
        }
    }

    /** The body map, bound to the figure's view model, in the split between the mode's panel and the detail. */
    private void buildMapAndSplit() {
        map = new BodyMapView();
        map.setId("body-map");
        map.setZoomToPattern(true);
        bindMap();
        split = new SplitPane(left, map, detail.get());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(SPLIT_DIVIDERS);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(detail.get(), false);
    }

    /**
     * Builds the body map in its split, the menu, toolbar, search, muscle list and detail pane, if not yet
     * built; the figure-first start calls it after the first frame.
     */
    void completeChrome() {
        if (chromeBuilt) {
            return;
        }
        chromeBuilt = true;
        buildMapAndSplit();
        // With the menu: its many actions' lambdas are some 40 classes made at run time.
        actions = new ActionCatalog(handlers, model);
        search = new SearchBox(model.session().atlasProperty(), model::goTo);
        MainMenu menu = new MainMenu(actions);
        HBox.setHgrow(menu, javafx.scene.layout.Priority.ALWAYS);
        // The menus keep their names whole (also in the projector's large type); the search box gives way.
        menu.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        search.setMinWidth(60);
        HBox menuRow = new HBox(menu, search);
        menuRow.getStyleClass().add("menu-row");
        setTop(new javafx.scene.layout.VBox(menuRow, new MainToolBar(model, actions), symptomFlags()));
        statusLine.getChildren().add(0, progressBar());
        showMode.run();
        if (firstFrame != null) {
            firstFrame.close();
            firstFrame = null;
        }
    }

    /** Shown while an atlas loads, and while a drawing or lesson chosen in a file dialog is read (off the JavaFX thread). */
    private ProgressBar progressBar() {
        ProgressBar loading = new ProgressBar();
        loading.setId("status-progress");
        loading.visibleProperty().bind(model.session().loadingProperty().or(handlers.readingFile()));
        loading.managedProperty().bind(loading.visibleProperty());
        return loading;
    }

    /** The menu row's and toolbar's height as laid out, to be kept for the next start; NaN before they are. */
    double topHeight() {
        double h = getTop().getLayoutBounds().getHeight();
        return chromeBuilt && h > 0 ? h : Double.NaN;
    }

    /** Study mode projected for a class: see {@link StudyMode#classQuiz(boolean)}. */
    public void classQuiz(boolean on) {
        study.classQuiz(on);
    }

    /** The study deck being practised (null if none): a plate book can hold its muscles. */
    org.referralatlas.study.Deck studyDeck() {
        return study.deck();
    }

    /** The window's commands, declared once: the menus, the toolbar's tooltips and the F1 list come from them. */
    ActionCatalog actions() {
        completeChrome();
        return actions;
    }

    /** The body map; built with the rest of the window if the first frame's figure is still shown. */
    public BodyMapView map() {
        completeChrome();
        return map;
    }

    public void focusSearch() {
        completeChrome();
        search.requestFocus();
        search.selectAll();
    }

    /** The red flags of a searched symptom, above everything else until the user goes elsewhere. */
    private javafx.scene.layout.VBox symptomFlags() {
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(2);
        box.setId("symptom-red-flags");
        box.getStyleClass().add(Styles.SYMPTOM_FLAGS);
        Runnable show = () -> {
            box.getChildren().clear();
            if (!model.symptomFlags().isEmpty()) {
                Label title = new Label("\u26A0 " + Messages.get("painfinder.redFlags"));
                title.getStyleClass().add(Styles.SECTION);
                box.getChildren().add(title);
                model.symptomFlags().forEach(f -> {
                    Label l = new Label(f.title() + ": " + f.action());
                    l.setWrapText(true);
                    l.getStyleClass().add(Styles.RED_FLAG);
                    box.getChildren().add(l);
                });
            }
            box.setVisible(!model.symptomFlags().isEmpty());
            box.setManaged(box.isVisible());
        };
        model.symptomFlags().addListener((javafx.collections.ListChangeListener<Object>) c -> show.run());
        show.run();
        return box;
    }

    private void showStatus() {
        var a = model.session().getAtlas();
        status.setText(a == null ? Messages.get("app.loading") : Messages.format("status.atlas",
                a.manifest().title(), a.muscles().size(), a.regions().size(), model.session().sourceProperty().get()));
    }

    /** The map shows the figure's view model, one way; its clicks on regions and brush strokes go to the features. */
    private void bindMap() {
        map.atlasProperty().bind(model.session().atlasProperty());
        FigureBinding.bind(map, model.figure());
        map.patientKeyProperty().bind(model.explore().patientViewProperty()); // the patient view speaks plainly everywhere
        map.setOnRegionsPicked(e -> {
            if (model.modeProperty().get() == AppMode.PAIN_FINDER) {
                e.regionIds().forEach(model.painFinder()::toggleRegion);
            } else if (!e.regionIds().isEmpty()) {
                status.setText(String.join(", ", e.regionIds().stream().map(id -> model.session().getAtlas()
                        .region(id).map(r -> r.name()).orElse(id)).toList()));
            }
        });
        var drawing = model.painDrawing();
        map.setOnBrushStroke(e -> drawing.stroke(e.viewId(), e.points(), e.erase(), e.shownSide()));
    }
}
