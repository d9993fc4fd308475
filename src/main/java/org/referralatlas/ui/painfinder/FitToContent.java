package org.referralatlas.ui.painfinder;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Pane;

/**
 * Makes a list exactly as tall as its rows, so that it never scrolls inside the pane that holds it: a
 * results pane scrolls once, as a page, instead of in small boxes. Rows are measured with cells of the
 * list's own factory in a hidden, unmanaged pane beside it (for the same CSS), at the list's width.
 */
final class FitToContent {
    private FitToContent() {
    }

    /** @param measuring an empty pane in the same scene as the list, where rows are measured */
    static <T> void install(ListView<T> list, Pane measuring) {
        measuring.setManaged(false);
        measuring.setVisible(false);
        boolean[] pending = {false};
        Runnable fit = () -> {
            if (pending[0]) {
                return;
            }
            pending[0] = true;
            Platform.runLater(() -> {
                pending[0] = false;
                fit(list, measuring);
            });
        };
        list.getItems().addListener((ListChangeListener<T>) c -> fit.run());
        list.itemsProperty().addListener((o, old, items) -> fit.run());
        list.widthProperty().addListener((o, old, w) -> {
            if (Math.abs(old.doubleValue() - w.doubleValue()) >= 1) {
                fit.run();
            }
        });
        list.sceneProperty().addListener((o, old, s) -> fit.run());
        fit.run();
    }

    /**
     * Measures, then lays the window out at a little more than that and sums the rows as laid out in the
     * list (its CSS may differ a pixel or two from the measuring pane's), so the list is exactly as tall.
     */
    private static <T> void fit(ListView<T> list, Pane measuring) {
        int n = list.getItems().size();
        list.setPrefHeight(height(list, measuring) + (n == 0 ? 0 : 24 + 4 * n));
        if (n == 0 || list.getScene() == null) {
            return;
        }
        list.getScene().getRoot().applyCss();
        list.getScene().getRoot().layout();
        double rows = 0;
        int laidOut = 0;
        for (javafx.scene.Node node : list.lookupAll(".list-cell")) {
            if (node instanceof ListCell<?> cell && cell.isVisible() && !cell.isEmpty()) {
                rows += cell.getHeight();
                laidOut++;
            }
        }
        if (laidOut == n) {
            list.setPrefHeight(Math.ceil(rows + list.snappedTopInset() + list.snappedBottomInset() + 2));
        }
    }

    private static <T> double height(ListView<T> list, Pane measuring) {
        double insets = list.snappedTopInset() + list.snappedBottomInset() + 2;
        if (list.getItems().isEmpty() || list.getScene() == null || list.getCellFactory() == null) {
            return Math.max(80, list.getPlaceholder() == null ? 80 : list.getPlaceholder().prefHeight(list.getWidth()));
        }
        double width = Math.max(40, list.getWidth() - list.snappedLeftInset() - list.snappedRightInset());
        double total = 0;
        for (int i = 0; i < list.getItems().size(); i++) {
            ListCell<T> cell = list.getCellFactory().call(list);
            measuring.getChildren().setAll(cell);
            cell.updateListView(list);
            cell.updateIndex(i);
            cell.applyCss();
            total += cell.prefHeight(width);
            cell.updateIndex(-1);
        }
        measuring.getChildren().clear();
        return Math.ceil(total + insets);
    }
}
