package org.referralatlas.ui.painfinder;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.PainRegion;
import org.referralatlas.query.PainLookup;
import org.referralatlas.ui.Messages;
import org.referralatlas.ui.Styles;

/**
 * The pain-finder panel: region check list, ranked candidates with score bars and reasons (in plain words in
 * the patient view), red flags.
 */
public final class PainFinderView extends VBox {
    private final PainFinderViewModel model;
    private final ListView<PainRegion> regions = new ListView<>();
    private final ListView<PainLookup.Candidate> candidates = new ListView<>();
    private final VBox redFlagList = new VBox(4);
    private final javafx.scene.control.TitledPane redFlags = new javafx.scene.control.TitledPane();
    private final Map<String, BooleanProperty> ticks = new HashMap<>();
    private final javafx.scene.control.SplitPane picking = new javafx.scene.control.SplitPane();
    private double[] dividersWithFlags = {0.3, 0.66};

    /**
     * @param drawing         the brush mode ("Draw"), shown instead of the region list while on
     * @param selectCandidate called with a muscle id when a candidate is selected (to draw its pattern)
     * @param drawingFiles    save, open and compare drawings (they need the window for file choosers)
     */
    public PainFinderView(PainFinderViewModel model, PainDrawingViewModel drawing, ReadOnlyObjectProperty<Atlas> atlas,
                          Consumer<String> selectCandidate, DrawingFiles drawingFiles) {
        super(8);
        this.model = model;
        getStyleClass().add(Styles.SIDE_PANEL);
        setPadding(new Insets(8));

        regions.setId("pain-regions");
        var checkCells = CheckBoxListCell.forListView(this::tick, new javafx.util.StringConverter<PainRegion>() {
            @Override
            public String toString(PainRegion r) {
                return r == null ? "" : r.name();
            }

            @Override
            public PainRegion fromString(String s) {
                return null;
            }
        });
        regions.setCellFactory(list -> {
            var cell = checkCells.call(list);
            cell.setPrefWidth(0); // fit the list's width: no sideways scrolling in a narrow panel
            cell.setWrapText(true); // and a long region name takes two lines rather than losing its end
            return cell;
        });
        atlas.addListener((o, old, a) -> regions.getItems().setAll(a == null ? java.util.List.of() : a.regions()));
        if (atlas.get() != null) {
            regions.getItems().setAll(atlas.get().regions());
        }
        model.chosenRegions().addListener((ListChangeListener<String>) c ->
                ticks.forEach((id, p) -> p.set(model.chosenRegions().contains(id))));

        Button clear = new Button(Messages.get("painfinder.clear"));
        clear.setOnAction(e -> model.clear());
        clear.setTooltip(new Tooltip(Messages.get("painfinder.clear") + " (Ctrl+Shift+Delete)"));
        Button undo = new Button(Messages.get("painfinder.undo"));
        undo.setOnAction(e -> model.undo());
        undo.disableProperty().bind(model.canUndoProperty().not());
        undo.setTooltip(new Tooltip(Messages.get("painfinder.undo") + " (Ctrl+Z)"));

        candidates.setId("pain-candidates");
        candidates.setItems(model.candidates());
        candidates.setCellFactory(v -> new CandidateCell(atlas, model.patientViewProperty()));
        // The patient view speaks plainly here too: no scores, trigger-point labels or pain-guide notes.
        model.patientViewProperty().addListener((o, was, on) -> candidates.refresh());
        candidates.setPlaceholder(new Label(Messages.get("painfinder.empty")));
        candidates.getSelectionModel().selectedItemProperty().addListener((o, old, c) -> {
            if (c != null) {
                selectCandidate.accept(c.muscle().id());
            }
        });
        model.redFlags().addListener((ListChangeListener<org.referralatlas.model.RedFlag>) c -> showRedFlags());

        // The warnings get a part of the column of their own, as tall as the user drags it.
        javafx.scene.control.ScrollPane flagScroll = new javafx.scene.control.ScrollPane(redFlagList);
        flagScroll.setFitToWidth(true);
        flagScroll.setMinHeight(0);
        redFlags.setContent(flagScroll);
        redFlags.setCollapsible(false);
        redFlags.setMaxHeight(Double.MAX_VALUE);
        redFlags.setMinHeight(0);
        redFlags.setId("red-flags");
        redFlags.getStyleClass().add(Styles.RED_FLAG);
        // Never wider than the side panel: long titles wrap or clip instead of pushing it off screen.
        setMinWidth(0);
        redFlags.setMinWidth(0);
        regions.setMinWidth(0);
        candidates.setMinWidth(0);
        regions.setMinHeight(60);
        candidates.setMinHeight(60);

        Label regionsTitle = new Label(Messages.get("painfinder.regions"));
        regionsTitle.getStyleClass().add(Styles.SECTION);
        Label candidatesTitle = new Label(Messages.get("painfinder.candidates"));
        candidatesTitle.getStyleClass().add(Styles.SECTION);
        for (Label title : java.util.List.of(regionsTitle, candidatesTitle)) {
            title.setWrapText(true);
            title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        VBox.setVgrow(regions, Priority.ALWAYS);
        Label noGuide = new Label();
        noGuide.setId("pain-no-guide");
        noGuide.setWrapText(true);
        noGuide.setMinWidth(0);
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
        VBox.setVgrow(candidates, Priority.ALWAYS);
        // Regions, the ranked candidates and the red flags, split where the user drags: a therapist
        // reading results pulls the dividers and sees the whole ranked list, or every warning.
        VBox regionPart = new VBox(8, regionsTitle, regions, new HBox(8, clear, undo));
        VBox resultPart = new VBox(8, candidatesTitle, candidates, noGuide);
        picking.getItems().setAll(regionPart, resultPart);
        picking.setId("pain-finder-split");
        picking.setOrientation(javafx.geometry.Orientation.VERTICAL);
        picking.setDividerPositions(0.3);
        picking.setMinSize(0, 0);
        for (VBox part : java.util.List.of(regionPart, resultPart)) {
            part.setMinSize(0, 0);
        }
        DrawingResults results = new DrawingResults(drawing, atlas, model.patientViewProperty(), selectCandidate);
        // The brush's controls above, the ranking below, split where the user drags; the controls scroll.
        javafx.scene.control.ScrollPane brushScroll = new javafx.scene.control.ScrollPane(
                new BrushControls(drawing, drawingFiles));
        brushScroll.setFitToWidth(true);
        brushScroll.setMinSize(0, 0);
        results.setMinSize(0, 0);
        javafx.scene.control.SplitPane painting = new javafx.scene.control.SplitPane(brushScroll, results);
        painting.setId("pain-drawing-split");
        painting.setOrientation(javafx.geometry.Orientation.VERTICAL);
        painting.setDividerPositions(0.35);
        VBox.setVgrow(results, Priority.ALWAYS);
        for (javafx.scene.layout.Region box : java.util.List.of(picking, painting)) {
            box.setMinWidth(0);
            box.managedProperty().bind(box.visibleProperty());
            VBox.setVgrow(box, Priority.ALWAYS);
        }
        painting.visibleProperty().bind(drawing.activeProperty());
        picking.visibleProperty().bind(drawing.activeProperty().not());

        javafx.scene.control.ToggleButton draw = new javafx.scene.control.ToggleButton(Messages.get("painfinder.draw"));
        draw.setId("pain-draw");
        draw.getStyleClass().add(Styles.DRAW_TOGGLE);
        draw.selectedProperty().bindBidirectional(drawing.activeProperty());
        draw.setTooltip(new Tooltip(Messages.get("painfinder.draw.tip")));
        draw.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(draw, picking, painting);
    }

    private BooleanProperty tick(PainRegion region) {
        return ticks.computeIfAbsent(region.id(), id -> {
            BooleanProperty p = new SimpleBooleanProperty(model.chosenRegions().contains(id));
            p.addListener((o, was, on) -> model.setChosen(id, on));
            return p;
        });
    }

    private void showRedFlags() {
        redFlagList.getChildren().clear();
        boolean shown = picking.getItems().contains(redFlags);
        if (model.redFlags().isEmpty() && shown) {
            dividersWithFlags = picking.getDividerPositions();
            picking.getItems().remove(redFlags);
            picking.setDividerPositions(dividersWithFlags[0]);
        } else if (!model.redFlags().isEmpty() && !shown) {
            picking.getItems().add(redFlags);
            picking.setDividerPositions(dividersWithFlags);
        }
        redFlags.setText("\u26A0 " + Messages.get("painfinder.redFlags") + " (" + model.redFlags().size() + ")");
        model.redFlags().forEach(f -> {
            Label l = new Label(f.title() + ": " + f.action());
            l.setWrapText(true);
            l.getStyleClass().add(Styles.RED_FLAG);
            redFlagList.getChildren().add(l);
        });
    }
}
