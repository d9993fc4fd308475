package org.referralatlas.ui.study;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Muscle;
import org.referralatlas.study.Deck;
import org.referralatlas.study.MuscleStats;

/** Under the deck list: build a deck of one's own, delete it, and see statistics per muscle. */
final class DeckTools extends FlowPane {

    DeckTools(StudyViewModel model, Atlas atlas, ListView<Deck> decks) {
        super(6, 6);
        setPrefWrapLength(180); // as narrow as the deck list, so the figures keep the room
        Button create = new Button(StudyView.text("study.deck.new"));
        create.setId("study-new-deck");
        create.setOnAction(e -> newDeck(atlas).ifPresent(d -> model.createUserDeck(d.name(), d.muscles())));
        Button delete = new Button(StudyView.text("study.deck.delete"));
        delete.setId("study-delete-deck");
        delete.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            Deck d = decks.getSelectionModel().getSelectedItem();
            return d == null || !d.userDefined();
        }, decks.getSelectionModel().selectedItemProperty()));
        delete.setOnAction(e -> model.deleteUserDeck(decks.getSelectionModel().getSelectedItem().id()));
        Button stats = new Button(StudyView.text("study.stats"));
        stats.setId("study-statistics");
        stats.setOnAction(e -> statistics(atlas, model.statistics()).show());
        getChildren().addAll(create, delete, stats);
    }

    private record Draft(String name, List<String> muscles) {
    }

    private static java.util.Optional<Draft> newDeck(Atlas atlas) {
        Dialog<Draft> dialog = new Dialog<>();
        dialog.setTitle(StudyView.text("study.deck.new"));
        TextField name = new TextField();
        name.setId("study-deck-name");
        name.setPromptText(StudyView.text("study.deck.name"));
        ListView<Muscle> muscles = new ListView<>();
        muscles.getItems().setAll(atlas.muscles());
        List<Muscle> chosen = new ArrayList<>();
        muscles.setCellFactory(CheckBoxListCell.forListView(m -> {
            SimpleBooleanProperty on = new SimpleBooleanProperty(chosen.contains(m));
            on.addListener((o, was, now) -> {
                if (now) {
                    chosen.add(m);
                } else {
                    chosen.remove(m);
                }
            });
            return on;
        }, new javafx.util.StringConverter<>() {
            @Override
            public String toString(Muscle m) {
                return m == null ? "" : m.name();
            }

            @Override
            public Muscle fromString(String s) {
                return null;
            }
        }));
        dialog.getDialogPane().setContent(new VBox(8, new Label(StudyView.text("study.deck.name")), name,
                new Label(StudyView.text("study.deck.muscles")), muscles));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(name.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == ButtonType.OK && !chosen.isEmpty()
                ? new Draft(name.getText().strip(), chosen.stream().map(Muscle::id).toList()) : null);
        return dialog.showAndWait();
    }

    private static Dialog<Void> statistics(Atlas atlas, List<MuscleStats> stats) {
        TableView<MuscleStats> table = new TableView<>();
        table.setId("study-statistics-table");
        table.getItems().setAll(stats);
        table.getColumns().add(column(StudyView.text("study.stats.muscle"),
                s -> atlas.muscle(s.muscleId()).map(Muscle::name).orElse(s.muscleId())));
        table.getColumns().add(column(StudyView.text("study.stats.attempts"), s -> String.valueOf(s.attempts())));
        table.getColumns().add(column(StudyView.text("study.stats.mean"), s -> s.attempts() == 0 ? "\u2013"
                : String.format(Locale.ROOT, "%.0f %%", s.meanScore() * 100)));
        table.getColumns().add(column(StudyView.text("study.stats.due"),
                s -> s.nextDue().map(d -> d.format(DateTimeFormatter.ISO_LOCAL_DATE)).orElse("\u2013")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefSize(560, 420);
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(StudyView.text("study.stats"));
        dialog.getDialogPane().setContent(table);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        return dialog;
    }

    private static TableColumn<MuscleStats, String> column(String title,
                                                           java.util.function.Function<MuscleStats, String> value) {
        TableColumn<MuscleStats, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        return column;
    }
}
