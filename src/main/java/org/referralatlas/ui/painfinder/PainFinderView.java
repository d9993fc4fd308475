package org.referralatlas.ui.painfinder;

import java.util.HashMap;
import java.util.Map;
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
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.PainRegion;
import org.referralatlas.ui.Messages;
import org.referralatlas.ui.Styles;

/**
 * The pain finder's column: the Draw switch, then the region check list (all of the column's height) or
 * the brush's controls. The results are in the wide pane ({@link PainFinderResults}).
 */
public final class PainFinderView extends VBox {
    private final PainFinderViewModel model;
    private final ListView<PainRegion> regions = new ListView<>();
    private final Map<String, BooleanProperty> ticks = new HashMap<>();

    /**
     * @param drawing      the brush mode ("Draw"), shown instead of the region list while on
     * @param drawingFiles save, open and compare drawings (they need the window for file choosers)
     */
    public PainFinderView(PainFinderViewModel model, PainDrawingViewModel drawing, ReadOnlyObjectProperty<Atlas> atlas,
                          DrawingFiles drawingFiles) {
        super(8);
        this.model = model;
        getStyleClass().add(Styles.SIDE_PANEL);
        setPadding(new Insets(8));
        setMinWidth(0);

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
        regions.setMinSize(0, 60);
        VBox.setVgrow(regions, Priority.ALWAYS);

        Button clear = new Button(Messages.get("painfinder.clear"));
        clear.setOnAction(e -> model.clear());
        clear.setTooltip(new Tooltip(Messages.get("painfinder.clear") + " (Ctrl+Shift+Delete)"));
        Button undo = new Button(Messages.get("painfinder.undo"));
        undo.setOnAction(e -> model.undo());
        undo.disableProperty().bind(model.canUndoProperty().not());
        undo.setTooltip(new Tooltip(Messages.get("painfinder.undo") + " (Ctrl+Z)"));

        Label regionsTitle = new Label(Messages.get("painfinder.regions"));
        regionsTitle.getStyleClass().add(Styles.SECTION);
        regionsTitle.setWrapText(true);
        regionsTitle.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // Whole words in the projector's large type too: the buttons wrap to a second row rather than shrink.
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(8, 8, clear, undo);
        clear.setMinWidth(Button.USE_PREF_SIZE);
        undo.setMinWidth(Button.USE_PREF_SIZE);
        buttons.setMinWidth(0);
        VBox picking = new VBox(8, regionsTitle, regions, buttons);
        // The brush's controls scroll when the column is short.
        javafx.scene.control.ScrollPane painting = new javafx.scene.control.ScrollPane(
                new BrushControls(drawing, drawingFiles));
        painting.setFitToWidth(true);
        painting.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        for (javafx.scene.layout.Region box : java.util.List.of(picking, painting)) {
            box.setMinSize(0, 0);
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
}
