package org.referralatlas.ui.painfinder;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.RedFlag;
import org.referralatlas.query.PainLookup;
import org.referralatlas.ui.Messages;
import org.referralatlas.ui.Styles;

/**
 * The pain finder's results in the wide pane: the whole ranked list (of the regions, or of the drawing while
 * drawing), then every red flag, whole, in one pane that scrolls as a page; no list scrolls inside it. A red
 * link at the top says how many warnings apply and goes to them.
 * A second tab holds the selected muscle's detail, which the window lends while the pain finder is shown.
 */
public final class PainFinderResults extends TabPane {
    private final PainFinderViewModel model;
    private final PainDrawingViewModel drawing;
    private final VBox redFlags = new VBox(4);
    private final javafx.scene.control.Hyperlink flagsAhead = new javafx.scene.control.Hyperlink();
    private final Tab detailTab = new Tab(Messages.get("painfinder.tab.muscle"));

    /** @param selectCandidate called with a muscle id when a candidate is selected (to draw its pattern) */
    public PainFinderResults(PainFinderViewModel model, PainDrawingViewModel drawing, ReadOnlyObjectProperty<Atlas> atlas,
                             Consumer<String> selectCandidate) {
        this.model = model;
        setId("pain-results");
        getStyleClass().add(Styles.SIDE_PANEL);
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        setMinWidth(0);

        redFlags.setId("red-flags");
        redFlags.getStyleClass().add(Styles.SYMPTOM_FLAGS);
        redFlags.managedProperty().bind(redFlags.visibleProperty());
        flagsAhead.setId("red-flags-ahead");
        flagsAhead.getStyleClass().addAll(Styles.SECTION, Styles.RED_FLAG);
        flagsAhead.setWrapText(true);
        flagsAhead.setMinHeight(Label.USE_PREF_SIZE);
        flagsAhead.visibleProperty().bind(redFlags.visibleProperty());
        flagsAhead.managedProperty().bind(flagsAhead.visibleProperty());
        this.drawing = drawing;
        // the warnings of what is picked, or while drawing of the regions the drawing paints
        model.redFlags().addListener((ListChangeListener<RedFlag>) c -> showRedFlags());
        drawing.redFlags().addListener((ListChangeListener<RedFlag>) c -> showRedFlags());
        drawing.activeProperty().addListener((o, was, on) -> showRedFlags());
        showRedFlags();

        ListView<PainLookup.Candidate> candidates = new ListView<>(model.candidates());
        candidates.setId("pain-candidates");
        candidates.setCellFactory(v -> new CandidateCell(atlas, model.patientViewProperty()));
        Label empty = wrapped(Messages.get("painfinder.empty"));
        candidates.setPlaceholder(empty);
        // a chosen region that no pattern refers to (the armpit) says so, not "click where it hurts"
        model.chosenRegions().addListener((ListChangeListener<String>) c -> empty.setText(Messages.get(
                model.chosenRegions().isEmpty() ? "painfinder.empty" : "painfinder.noReferral")));
        candidates.setMinSize(0, 0);
        // The patient view speaks plainly here too: no scores, trigger-point labels or pain-guide notes.
        model.patientViewProperty().addListener((o, was, on) -> candidates.refresh());
        candidates.getSelectionModel().selectedItemProperty().addListener((o, old, c) -> {
            if (c != null) {
                selectCandidate.accept(c.muscle().id());
            }
        });
        Pane measuring = new Pane();
        measuring.getStyleClass().add("list-view");
        FitToContent.install(candidates, measuring);

        Label noGuide = wrapped("");
        noGuide.setId("pain-no-guide");
        noGuide.getStyleClass().add(Styles.GUIDE_PLACE);
        Runnable showNoGuide = () -> {
            noGuide.setText(model.regionsWithoutGuide().isEmpty() ? ""
                    : Messages.format("painfinder.noGuide", String.join(", ", model.regionsWithoutGuide())));
            noGuide.setVisible(!model.regionsWithoutGuide().isEmpty() && !model.patientViewProperty().get());
            noGuide.setManaged(noGuide.isVisible());
        };
        model.regionsWithoutGuide().addListener((ListChangeListener<String>) c -> showNoGuide.run());
        model.patientViewProperty().addListener((o, was, on) -> showNoGuide.run());
        showNoGuide.run();

        Label sites = wrapped("");
        sites.setId("pain-sites");
        Runnable showSites = () -> {
            boolean patient = model.patientViewProperty().get();
            sites.setText(model.sites().isEmpty() ? "" : Messages.format(patient ? "painfinder.sites.patient"
                    : "painfinder.sites", String.join("; ", model.sites().stream().map(s -> patient ? s.name()
                    : s.name() + ": " + String.join(", ", s.triggerPoints().stream().map(tp -> tp.label()).toList()))
                    .toList())));
            sites.setVisible(!model.sites().isEmpty());
            sites.setManaged(sites.isVisible());
        };
        model.sites().addListener((ListChangeListener<PainLookup.Site>) c -> showSites.run());
        model.patientViewProperty().addListener((o, was, on) -> showSites.run());
        showSites.run();

        Label title = wrapped(Messages.get("painfinder.candidates"));
        title.getStyleClass().add(Styles.SECTION);
        VBox picking = new VBox(8, title, candidates, noGuide, sites, measuring);
        DrawingResults drawn = new DrawingResults(drawing, atlas, model.patientViewProperty(), selectCandidate);
        for (Node part : new Node[] {picking, drawn}) {
            part.managedProperty().bind(part.visibleProperty());
        }
        drawn.visibleProperty().bind(drawing.activeProperty());
        picking.visibleProperty().bind(drawing.activeProperty().not());
        // The ranked muscles first, the warnings whole below them; a red line at the top says they are there.
        VBox page = new VBox(12, flagsAhead, picking, drawn, redFlags);
        page.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        flagsAhead.setOnAction(e -> {
            double room = page.getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.min(1, redFlags.getBoundsInParent().getMinY() / room));
            redFlags.requestFocus();
        });
        Tab results = new Tab(Messages.get("painfinder.tab.results"), scroll);
        results.setId("pain-results-tab");
        detailTab.setId("pain-detail-tab");
        getTabs().addAll(results, detailTab);
    }

    /**
     * Shows the window's muscle detail in the second tab (null gives it back: a node has one parent, and
     * the window shows the detail beside the figure in the other modes).
     */
    public void holdDetail(Node detail) {
        detailTab.setContent(detail);
        if (detail == null) {
            getSelectionModel().select(0);
        }
    }

    private void showRedFlags() {
        java.util.List<RedFlag> flags = drawing.activeProperty().get() ? drawing.redFlags() : model.redFlags();
        redFlags.getChildren().clear();
        redFlags.setVisible(!flags.isEmpty());
        flagsAhead.setText("\u26A0 " + Messages.format("painfinder.redFlags.below", flags.size()));
        Label title = wrapped("\u26A0 " + Messages.get("painfinder.redFlags") + " (" + flags.size() + ")");
        title.getStyleClass().addAll(Styles.SECTION, Styles.RED_FLAG);
        redFlags.getChildren().add(title);
        flags.forEach(f -> {
            Label l = wrapped(f.title() + ": " + f.action());
            l.getStyleClass().add(Styles.RED_FLAG);
            redFlags.getChildren().add(l);
        });
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinWidth(0);
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }
}
