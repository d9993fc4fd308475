package org.referralatlas.ui.shell;

import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
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
 */
public final class MainView extends BorderPane {
    private final MainViewModel model;
    private final BodyMapView map = new BodyMapView();
    private final SearchBox search;
    private final Label status = new Label();
    private final StudyMode study;
    private final ActionCatalog actions;

    /** @param studyServices study mode's clock, random source and stores */
    public MainView(MainViewModel model, MainMenu.Actions actions, StudyServices studyServices) {
        this.model = model;
        this.search = new SearchBox(model.session().atlasProperty(), model::goTo);
        map.setId("body-map");
        map.setZoomToPattern(true);
        bindMap();

        ListView<Muscle> muscles = muscleList();
        // Built when their mode is first shown: most sessions never open all of them.
        Lazy<PainFinderView> painFinder = Lazy.of(() -> new PainFinderView(model.painFinder(), model.painDrawing(),
                model.session().atlasProperty(), actions));
        Lazy<PainFinderResults> painResults = Lazy.of(() -> new PainFinderResults(model.painFinder(),
                model.painDrawing(), model.session().atlasProperty(), id -> model.explore().selectMuscle(id)));
        Lazy<TechniquesView> techniques = Lazy.of(() -> new TechniquesView(model.techniques(), model::openMuscle));
        StackPane left = new StackPane();
        left.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        left.setMinWidth(220);
        MuscleDetailView detail = new MuscleDetailView(model.explore(), model::openTechnique);
        detail.setMinWidth(260);
        SplitPane split = new SplitPane(left, map, detail);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.22, 0.70);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(detail, false);
        study = new StudyMode(studyServices);
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
                painResults.get().holdDetail(detail);
            } else if (split.getItems().size() == 2 || old == AppMode.PAIN_FINDER) {
                painResults.ifCreated(r -> r.holdDetail(null));
                split.getItems().setAll(left, map, detail);
            }
            double[] positions = dividers.get(m);
            split.setDividerPositions(positions == null ? new double[] {0.22, 0.70} : positions);
        });
        Runnable showMode = () -> {
            switch (model.modeProperty().get()) {
                case EXPLORE -> left.getChildren().setAll(muscles);
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

        ProgressBar loading = new ProgressBar();
        loading.setId("status-progress");
        // Also while a drawing or lesson chosen in a file dialog is read (off the JavaFX thread).
        loading.visibleProperty().bind(model.session().loadingProperty().or(actions.readingFile()));
        loading.managedProperty().bind(loading.visibleProperty());
        status.getStyleClass().add(Styles.STATUS);
        model.session().atlasProperty().addListener((o, old, a) -> showStatus());
        showStatus();

        this.actions = new ActionCatalog(actions, model);
        MainMenu menu = new MainMenu(this.actions);
        HBox.setHgrow(menu, javafx.scene.layout.Priority.ALWAYS);
        // The menus keep their names whole (also in the projector's large type); the search box gives way.
        menu.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        search.setMinWidth(60);
        HBox menuRow = new HBox(menu, search);
        menuRow.getStyleClass().add("menu-row");
        setTop(new javafx.scene.layout.VBox(menuRow, new MainToolBar(model, this.actions), symptomFlags()));
        showMode.run();
        setBottom(new HBox(8, loading, status));
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
        return actions;
    }

    public BodyMapView map() {
        return map;
    }

    public void focusSearch() {
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

    private ListView<Muscle> muscleList() {
        ListView<Muscle> list = new ListView<>();
        list.setId("muscle-list");
        list.setCellFactory(v -> new ListCell<>() {
            {
                setPrefWidth(0); // fit the panel: long names wrap instead of scrolling sideways
                setWrapText(true);
            }

            @Override
            protected void updateItem(Muscle m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : m.name());
            }
        });
        model.session().atlasProperty().addListener((o, old, a) ->
                list.getItems().setAll(a == null ? java.util.List.of() : a.muscles()));
        if (model.session().getAtlas() != null) {
            list.getItems().setAll(model.session().getAtlas().muscles());
        }
        list.getSelectionModel().selectedItemProperty().addListener((o, old, m) -> {
            if (m != null) {
                model.explore().selectMuscle(m.id());
            }
        });
        model.explore().selectedProperty().addListener((o, old, m) -> {
            if (m != null && list.getSelectionModel().getSelectedItem() != m) {
                list.getSelectionModel().select(m);
                list.scrollTo(m);
            }
        });
        return list;
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
