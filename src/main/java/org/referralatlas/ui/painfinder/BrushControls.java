package org.referralatlas.ui.painfinder;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.referralatlas.model.Intensity;
import org.referralatlas.model.Side;
import org.referralatlas.ui.Messages;
import org.referralatlas.ui.Styles;
import org.referralatlas.ui.bodymap.MapLimits;

/** The brush's controls: brush or eraser, size, intensity, side of the view, undo, clear, note and files. */
final class BrushControls extends VBox {
    BrushControls(PainDrawingViewModel model, DrawingFiles files) {
        super(6);
        ToggleGroup tool = new ToggleGroup();
        ToggleButton brush = toggle("draw-brush", "draw.brush", tool);
        ToggleButton eraser = toggle("draw-eraser", "draw.eraser", tool);
        brush.setSelected(!model.eraserProperty().get());
        eraser.setSelected(model.eraserProperty().get());
        model.eraserProperty().addListener((o, was, on) -> (on ? eraser : brush).setSelected(true));
        tool.selectedToggleProperty().addListener((o, was, t) -> {
            if (t == null) {
                was.setSelected(true); // one tool is always on
            } else {
                model.eraserProperty().set(t == eraser);
            }
        });

        Slider size = new Slider(MapLimits.MIN_BRUSH, MapLimits.MAX_BRUSH, model.brushRadiusProperty().get());
        size.setId("draw-size");
        size.valueProperty().bindBidirectional(model.brushRadiusProperty());
        size.setTooltip(new Tooltip(Messages.get("draw.size.tip")));
        HBox.setHgrow(size, Priority.ALWAYS);
        Label sizeLabel = new Label(Messages.get("draw.size"));
        // Names stay whole in a narrow column or in projector type: the slider gives way.
        for (javafx.scene.control.Control c : java.util.List.of(brush, eraser, sizeLabel)) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        size.setMinWidth(40);
        // Brush and eraser on one row, the size on its own: in the narrow column nothing runs off its edge.
        HBox tools = new HBox(6, brush, eraser);
        HBox sizeRow = new HBox(6, sizeLabel, size);
        sizeRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        ToggleGroup levels = new ToggleGroup();
        FlowPane intensity = new FlowPane(4, 4);
        for (Intensity i : Intensity.values()) {
            ToggleButton b = toggle("draw-" + i.id(), "draw.intensity." + i.id(), levels);
            b.getStyleClass().add(Styles.INTENSITY_PREFIX + i.id());
            b.setUserData(i);
            b.setSelected(model.intensityProperty().get() == i);
            intensity.getChildren().add(b);
        }
        levels.selectedToggleProperty().addListener((o, was, t) -> {
            if (t == null) {
                was.setSelected(true);
            } else {
                model.intensityProperty().set((Intensity) t.getUserData());
            }
        });

        ChoiceBox<Side> side = new ChoiceBox<>();
        side.setId("draw-side");
        side.getItems().setAll(Side.RIGHT, Side.LEFT, Side.BOTH);
        side.setConverter(new StringConverter<>() {
            @Override
            public String toString(Side s) {
                return s == null ? "" : Messages.get("toolbar.side." + s.id());
            }

            @Override
            public Side fromString(String s) {
                return null;
            }
        });
        side.valueProperty().bindBidirectional(model.sideProperty());
        FlowPane sideRow = new FlowPane(6, 4, new Label(Messages.get("draw.side")), side);
        sideRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        Button undo = button("draw-undo", "draw.undo", model::undo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        FlowPane edits = new FlowPane(6, 4, undo, button("draw-clear-view", "draw.clearView", model::clearView),
                button("draw-clear", "draw.clear", model::clear));

        TextField note = new TextField();
        note.setId("draw-note");
        note.setPromptText(Messages.get("draw.note"));
        note.textProperty().bindBidirectional(model.noteProperty());
        Label date = new Label();
        date.getStyleClass().add(Styles.HINT);
        date.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> Messages.format("draw.date",
                model.dateProperty().get().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM))),
                model.dateProperty()));
        Button open = button("draw-open", "draw.open", files::openDrawing);
        Button compare = button("draw-compare", "draw.compare", files::compareDrawings);
        open.disableProperty().bind(files.readingFile());
        compare.disableProperty().bind(files.readingFile());
        FlowPane fileRow = new FlowPane(6, 4, button("draw-save", "draw.save", files::saveDrawing), open, compare);

        Label levelTitle = new Label(Messages.get("draw.intensity"));
        levelTitle.getStyleClass().add(Styles.SECTION);
        // In the projector's type the column holds fewer words a line: these wrap rather than end in "...".
        for (Label l : java.util.List.of(levelTitle, date)) {
            l.setWrapText(true);
            l.setMinWidth(0);
            l.setMinHeight(Label.USE_PREF_SIZE);
        }
        getChildren().addAll(tools, sizeRow, levelTitle, intensity, sideRow, edits, note, date, fileRow);
    }

    private static ToggleButton toggle(String id, String key, ToggleGroup group) {
        ToggleButton b = new ToggleButton(Messages.get(key));
        b.setId(id);
        b.setToggleGroup(group);
        String tip = key + ".tip";
        if (!Messages.get(tip).startsWith("!")) {
            b.setTooltip(new Tooltip(Messages.get(tip)));
        }
        return b;
    }

    private static Button button(String id, String key, Runnable action) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        b.setTooltip(new Tooltip(Messages.get(key + ".tip")));
        return b;
    }
}
