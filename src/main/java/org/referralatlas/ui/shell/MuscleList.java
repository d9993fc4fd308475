package org.referralatlas.ui.shell;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.referralatlas.model.Muscle;

/**
 * Explore's list of the atlas's muscles, in atlas order: picking one selects it, and a muscle selected
 * elsewhere (the figure, search, a link) is selected and scrolled to in the list.
 */
final class MuscleList {
    private MuscleList() {
    }

    static ListView<Muscle> create(MainViewModel model) {
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
        Muscle selected = model.explore().selectedProperty().get();
        if (selected != null) {
            list.getSelectionModel().select(selected);
            list.scrollTo(selected);
        }
        return list;
    }
}
