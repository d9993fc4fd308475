package org.referralatlas.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import org.referralatlas.ui.Messages;

/**
 * Every command of the window, declared once: menus (in order, separated into groups), toolbar
 * tooltips and the F1 shortcut list are generated from this one list.
 */
final class ActionCatalog {
    /** A menu: its bundle key and its groups of actions (a separator between groups). */
    record Section(String menuKey, List<List<AppAction>> groups) {
    }

    private final List<Section> sections;

    ActionCatalog(MainMenu.Actions a, MainViewModel model) {
        BooleanBinding noAtlas = Bindings.isNull(model.session().atlasProperty());
        List<AppAction> views = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int index = i;
            views.add(new AppAction("menu-view-" + (i + 1), Messages.get("toolbar.view") + " " + (i + 1),
                    javafx.scene.input.KeyCombination.keyCombination("Shortcut+" + (i + 1)), () -> a.showView(index),
                    null));
        }
        List<AppAction> modes = new ArrayList<>();
        int n = 4;
        for (AppMode m : AppMode.values()) {
            modes.add(AppAction.of(m.messageKey(), "Shortcut+" + n++, () -> a.setMode(m)));
        }
        sections = List.of(
                new Section("menu.file", List.of(
                        List.of(AppAction.of("menu.file.open", "Shortcut+O", a::openAtlas),
                                AppAction.of("menu.file.reload", "Shortcut+R", a::reloadAtlas),
                                AppAction.of("menu.file.bundled", null, a::useBundledAtlas)),
                        List.of(AppAction.of("export.figure", "Shortcut+E", a::exportFigure).disabledWhen(noAtlas),
                                AppAction.of("export.handout", "Shortcut+Shift+E", a::exportHandout).disabledWhen(noAtlas),
                                AppAction.of("plates.export", null, a::exportPlateBook).disabledWhen(noAtlas),
                                AppAction.of("export.print", "Shortcut+P", a::print).disabledWhen(noAtlas)),
                        List.of(AppAction.of("menu.file.quit", "Shortcut+Q", a::quit)))),
                new Section("menu.view", List.of(views,
                        List.of(AppAction.of("menu.view.nextView", "Shortcut+Page_Down", () -> a.cycleView(1)),
                                AppAction.of("menu.view.previousView", "Shortcut+Page_Up", () -> a.cycleView(-1))),
                        List.of(AppAction.of("menu.view.toggleLayer", "Shortcut+D", a::toggleLayer),
                                AppAction.of("menu.view.toggleSide", "Shortcut+T", a::toggleSide),
                                AppAction.of("toolbar.patientView", "Shortcut+Shift+P", a::togglePatientView)),
                        List.of(AppAction.of("menu.view.zoomIn", "Shortcut+Equals", () -> a.zoom(1.25)),
                                AppAction.of("menu.view.zoomOut", "Shortcut+Minus", () -> a.zoom(0.8)),
                                AppAction.of("menu.view.resetZoom", "Shortcut+0", a::resetZoom),
                                AppAction.of("menu.view.zoomToPattern", "Shortcut+9", a::zoomToPattern),
                                AppAction.of("menu.view.toggleKey", "Shortcut+K", a::toggleKey)),
                        List.of(AppAction.of("menu.view.fullScreen", "F11", a::toggleFullScreen)))),
                new Section("menu.mode", List.of(modes,
                        List.of(AppAction.of("menu.mode.search", "Shortcut+F", a::focusSearch),
                                AppAction.of("painfinder.undo", "Shortcut+Z", a::undo)
                                        .disabledWhen(model.painFinder().canUndoProperty().not()),
                                AppAction.of("painfinder.clear", "Shortcut+Shift+Delete", a::clearPainFinder)),
                        List.of(AppAction.of("menu.mode.draw", "Shortcut+B", a::toggleDrawing),
                                AppAction.of("menu.mode.saveDrawing", "Shortcut+S", a::saveDrawing),
                                AppAction.of("menu.mode.openDrawing", "Shortcut+Shift+O", a::openDrawing)
                                        .disabledWhen(a.readingFile()),
                                AppAction.of("menu.mode.compareDrawings", null, a::compareDrawings)
                                        .disabledWhen(a.readingFile())))),
                new Section("menu.present", List.of(
                        List.of(AppAction.of("menu.present.start", "F5", a::startPresentation),
                                AppAction.of("menu.present.plates", null, a::presentPlates).disabledWhen(noAtlas),
                                AppAction.of("menu.present.add", "Shortcut+L", () -> a.addToLesson(false)),
                                AppAction.of("menu.present.compare", "Shortcut+Shift+L", () -> a.addToLesson(true)),
                                AppAction.of("menu.present.remove", null, a::removeLessonStep)),
                        List.of(AppAction.of("menu.present.new", null, a::newLesson),
                                AppAction.of("menu.present.open", null, a::openLesson).disabledWhen(a.readingFile()),
                                AppAction.of("menu.present.save", null, a::saveLesson)))),
                new Section("menu.help", List.of(
                        List.of(AppAction.of("menu.help.shortcuts", "F1", a::showShortcuts),
                                AppAction.of("menu.help.about", null, a::showAbout)))));
    }

    List<Section> sections() {
        return sections;
    }

    List<AppAction> all() {
        return sections.stream().flatMap(s -> s.groups().stream()).flatMap(List::stream).toList();
    }

    /** The action with this menu id ("menu-" and the key with dashes), if declared. */
    Optional<AppAction> byId(String id) {
        return all().stream().filter(x -> x.id().equals(id)).findFirst();
    }

    /** The platform's text of the shortcut of the action named by bundle key ("Ctrl+D"); empty for none. */
    String shortcutOf(String key) {
        return byId("menu-" + key.replace('.', '-')).map(AppAction::shortcut).orElse("");
    }

    /** The F1 list: every action with a shortcut, in menu order, then the keys of the figure itself. */
    String shortcutList() {
        StringBuilder text = new StringBuilder();
        for (AppAction x : all()) {
            if (x.accelerator() != null) {
                text.append(x.shortcut()).append('\t').append(x.plainText()).append('\n');
            }
        }
        return text.append(Messages.get("shortcuts.map")).toString();
    }
}
