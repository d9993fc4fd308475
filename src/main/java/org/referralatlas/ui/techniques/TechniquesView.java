package org.referralatlas.ui.techniques;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.referralatlas.model.Technique;
import org.referralatlas.model.TechniqueCategory;
import org.referralatlas.ui.Messages;
import org.referralatlas.ui.Styles;

/** Browse techniques by category; a technique's details and the muscles it serves, linked back to them. */
public final class TechniquesView extends VBox {
    private final VBox detail = new VBox(6);

    /** @param openMuscle called with a muscle id when the user follows a muscle link */
    public TechniquesView(TechniquesViewModel model, Consumer<String> openMuscle) {
        super(8);
        getStyleClass().add(Styles.SIDE_PANEL);
        setPadding(new Insets(8));
        FlowPane filters = new FlowPane(8, 4);
        for (TechniqueCategory c : TechniqueCategory.values()) {
            CheckBox box = new CheckBox(Messages.get("category." + c.id()));
            box.setId("category-" + c.id());
            box.setSelected(model.isShown(c));
            box.selectedProperty().addListener((o, was, on) -> model.showCategory(c, on));
            filters.getChildren().add(box);
        }
        ListView<Technique> list = new ListView<>(model.visibleTechniques());
        list.setId("technique-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Technique t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : t.name() + "  \u00B7  " + Messages.get("category." + t.category().id()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, old, t) -> model.select(t == null ? null : t.id()));
        model.selectedProperty().addListener((o, old, t) -> {
            if (t != null && list.getSelectionModel().getSelectedItem() != t) {
                list.getSelectionModel().select(t);
            }
            show(model, t, openMuscle);
        });
        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        VBox.setVgrow(list, Priority.SOMETIMES);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label filterTitle = new Label(Messages.get("techniques.filter"));
        filterTitle.getStyleClass().add(Styles.SECTION);
        getChildren().addAll(filterTitle, filters, list, scroll);
    }

    private void show(TechniquesViewModel model, Technique t, Consumer<String> openMuscle) {
        detail.getChildren().clear();
        if (t == null) {
            return;
        }
        detail.getChildren().add(label(t.name(), Styles.TITLE));
        detail.getChildren().add(label(t.plainLanguage(), Styles.PLAIN));
        detail.getChildren().add(label(Messages.get("techniques.who") + ": " + String.join(", ", t.performers()),
                Styles.FIELD));
        detail.getChildren().add(label(Messages.get("techniques.steps"), Styles.SECTION));
        for (int i = 0; i < t.steps().size(); i++) {
            detail.getChildren().add(label((i + 1) + ". " + t.steps().get(i), Styles.FIELD));
        }
        detail.getChildren().add(label(Messages.get("techniques.contraindications"), Styles.SECTION));
        t.contraindications().forEach(c -> detail.getChildren().add(label("\u2022 " + c, Styles.RED_FLAG)));
        detail.getChildren().add(label(Messages.get("techniques.evidence") + ": " + t.evidence(), Styles.NOTE));
        detail.getChildren().add(label(Messages.get("techniques.muscles"), Styles.SECTION));
        model.musclesServed().forEach(use -> {
            Hyperlink link = new Hyperlink(use.muscle().name());
            link.setOnAction(e -> openMuscle.accept(use.muscle().id()));
            detail.getChildren().add(link);
            if (use.notes() != null) {
                detail.getChildren().add(label(use.notes(), Styles.NOTE));
            }
        });
    }

    private static Label label(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        return l;
    }
}
