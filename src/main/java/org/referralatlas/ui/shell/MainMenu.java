package org.referralatlas.ui.shell;

import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.referralatlas.ui.Messages;

/** The menu bar. Every frequent action has a shortcut, shown next to it. */
final class MainMenu extends MenuBar {

    /** The actions the menu triggers; the window supplies them. */
    interface Actions extends org.referralatlas.ui.painfinder.DrawingFiles {
        void toggleDrawing();

        void openAtlas();

        void reloadAtlas();

        void useBundledAtlas();

        void quit();

        void exportFigure();

        void exportHandout();

        void exportPlateBook();

        void print();

        void toggleFullScreen();

        void showView(int index);

        void cycleView(int step);

        void toggleLayer();

        void toggleSide();

        void togglePatientView();

        void resetZoom();

        void zoomToPattern();

        void zoom(double factor);

        void setMode(AppMode mode);

        void focusSearch();

        void undo();

        void clearPainFinder();

        void showShortcuts();

        void startPresentation();

        void presentPlates();

        void addToLesson(boolean compare);

        void removeLessonStep();

        void newLesson();

        void openLesson();

        void saveLesson();

        void showAbout();
    }

    MainMenu(Actions a) {
        Menu file = new Menu(Messages.get("menu.file"));
        file.getItems().addAll(
                item("menu.file.open", "Shortcut+O", e -> a.openAtlas()),
                item("menu.file.reload", "Shortcut+R", e -> a.reloadAtlas()),
                item("menu.file.bundled", null, e -> a.useBundledAtlas()),
                new SeparatorMenuItem(),
                item("export.figure", "Shortcut+E", e -> a.exportFigure()),
                item("export.handout", "Shortcut+Shift+E", e -> a.exportHandout()),
                item("plates.export", null, e -> a.exportPlateBook()),
                item("export.print", "Shortcut+P", e -> a.print()),
                new SeparatorMenuItem(),
                item("menu.file.quit", "Shortcut+Q", e -> a.quit()));
        Menu view = new Menu(Messages.get("menu.view"));
        for (int i = 0; i < 3; i++) {
            int index = i;
            MenuItem show = new MenuItem(Messages.get("toolbar.view") + " " + (i + 1));
            show.setId("menu-view-" + (i + 1));
            show.setAccelerator(KeyCombination.keyCombination("Shortcut+" + (i + 1)));
            show.setOnAction(e -> a.showView(index));
            view.getItems().add(show);
        }
        view.getItems().addAll(
                item("menu.view.nextView", "Shortcut+Page_Down", e -> a.cycleView(1)),
                item("menu.view.previousView", "Shortcut+Page_Up", e -> a.cycleView(-1)),
                new SeparatorMenuItem(),
                item("menu.view.toggleLayer", "Shortcut+D", e -> a.toggleLayer()),
                item("menu.view.toggleSide", "Shortcut+T", e -> a.toggleSide()),
                item("toolbar.patientView", "Shortcut+Shift+P", e -> a.togglePatientView()),
                new SeparatorMenuItem(),
                item("menu.view.zoomIn", "Shortcut+Equals", e -> a.zoom(1.25)),
                item("menu.view.zoomOut", "Shortcut+Minus", e -> a.zoom(0.8)),
                item("menu.view.resetZoom", "Shortcut+0", e -> a.resetZoom()),
                item("menu.view.zoomToPattern", "Shortcut+9", e -> a.zoomToPattern()),
                new SeparatorMenuItem(),
                item("menu.view.fullScreen", "F11", e -> a.toggleFullScreen()));
        Menu mode = new Menu(Messages.get("menu.mode"));
        int n = 4;
        for (AppMode m : AppMode.values()) {
            mode.getItems().add(item(m.messageKey(), "Shortcut+" + n++, e -> a.setMode(m)));
        }
        mode.getItems().addAll(new SeparatorMenuItem(),
                item("menu.mode.search", "Shortcut+F", e -> a.focusSearch()),
                item("painfinder.undo", "Shortcut+Z", e -> a.undo()),
                item("painfinder.clear", "Shortcut+Shift+Delete", e -> a.clearPainFinder()),
                new SeparatorMenuItem(),
                item("menu.mode.draw", "Shortcut+B", e -> a.toggleDrawing()),
                item("menu.mode.saveDrawing", "Shortcut+S", e -> a.saveDrawing()),
                item("menu.mode.openDrawing", "Shortcut+Shift+O", e -> a.openDrawing()),
                item("menu.mode.compareDrawings", null, e -> a.compareDrawings()));
        Menu present = new Menu(Messages.get("menu.present"));
        present.getItems().addAll(
                item("menu.present.start", "F5", e -> a.startPresentation()),
                item("menu.present.plates", null, e -> a.presentPlates()),
                item("menu.present.add", "Shortcut+L", e -> a.addToLesson(false)),
                item("menu.present.compare", "Shortcut+Shift+L", e -> a.addToLesson(true)),
                item("menu.present.remove", null, e -> a.removeLessonStep()),
                new SeparatorMenuItem(),
                item("menu.present.new", null, e -> a.newLesson()),
                item("menu.present.open", null, e -> a.openLesson()),
                item("menu.present.save", null, e -> a.saveLesson()));
        Menu help = new Menu(Messages.get("menu.help"));
        help.getItems().addAll(item("menu.help.shortcuts", "F1", e -> a.showShortcuts()),
                item("menu.help.about", null, e -> a.showAbout()));
        getMenus().addAll(file, view, mode, present, help);
    }

    private static MenuItem item(String key, String accelerator, EventHandler<ActionEvent> action) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setId("menu-" + key.replace('.', '-'));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(action);
        return item;
    }
}
