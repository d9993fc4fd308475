package org.referralatlas.ui.shell;

import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SeparatorMenuItem;
import org.referralatlas.ui.Messages;

/** The menu bar, generated from the {@link ActionCatalog}: every frequent action has a shortcut, shown next to it. */
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

        /** Shows or hides the figure's key, for a pattern or a drawing the key would sit on. */
        void toggleKey();

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

    MainMenu(ActionCatalog catalog) {
        for (ActionCatalog.Section section : catalog.sections()) {
            Menu menu = new Menu(Messages.get(section.menuKey()));
            for (List<AppAction> group : section.groups()) {
                if (!menu.getItems().isEmpty()) {
                    menu.getItems().add(new SeparatorMenuItem());
                }
                group.forEach(action -> menu.getItems().add(action.menuItem()));
            }
            getMenus().add(menu);
        }
    }
}
