package org.referralatlas.ui.shell;

import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import org.referralatlas.model.Muscle;

/**
 * Explore's list of the atlas's muscles, in atlas order: picking one selects it, and a muscle selected
 * elsewhere (the figure, search, a link) is selected and, unless it is in sight already, scrolled to in
 * the list (a list that jumped at every click on the figure would redraw all its rows for nothing).
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
                scrollToUnlessInSight(list, list.getSelectionModel().getSelectedIndex());
            }
        });
        Muscle selected = model.explore().selectedProperty().get();
        if (selected != null) {
            list.getSelectionModel().select(selected);
            list.scrollTo(selected);
        }
        return list;
    }

    /** Scrolls the row to the top unless it is wholly in sight already. */
    static void scrollToUnlessInSight(ListView<?> list, int index) {
        if (index < 0) {
            return;
        }
        if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getFirstVisibleCell() != null
                && flow.getLastVisibleCell() != null) {
            IndexedCell<?> first = flow.getFirstVisibleCell();
            IndexedCell<?> last = flow.getLastVisibleCell();
            boolean whole = first.getIndex() < index && index < last.getIndex();
            boolean edge = (index == first.getIndex() && first.getLayoutY() >= 0)
                    || (index == last.getIndex() && last.getLayoutY() + last.getHeight() <= flow.getHeight());
            if (whole || edge) {
                return;
            }
        }
        list.scrollTo(index);
    }
}
