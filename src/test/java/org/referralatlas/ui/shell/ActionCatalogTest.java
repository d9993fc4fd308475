package org.referralatlas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.referralatlas.TestAtlases;
import org.referralatlas.data.AtlasLoader;
import org.testfx.framework.junit5.ApplicationExtension;

/** Actions are declared once; the menus and the F1 list are generated from the same declarations. */
@ExtendWith(ApplicationExtension.class)
class ActionCatalogTest {
    final List<String> called = new ArrayList<>();
    ActionCatalog catalog;
    MainViewModel model;

    @BeforeEach
    void declare() {
        AtlasSession session = new AtlasSession(new AtlasLoader(), Runnable::run, Runnable::run);
        model = new MainViewModel(session, java.time.Clock.systemDefaultZone());
        MainMenu.Actions actions = (MainMenu.Actions) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {MainMenu.Actions.class}, (proxy, method, args) -> {
                    if (method.isDefault()) {
                        return java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);
                    }
                    called.add(method.getName() + (args == null ? "" : List.of(args)));
                    return null;
                });
        catalog = new ActionCatalog(actions, model);
    }

    @Test
    void noShortcutIsDeclaredTwice() {
        Set<String> seen = new HashSet<>();
        for (AppAction a : catalog.all()) {
            if (a.accelerator() != null) {
                assertTrue(seen.add(a.accelerator().getName()), "twice: " + a.accelerator().getName());
            }
        }
        assertTrue(seen.size() > 25, "shortcuts: " + seen.size());
    }

    @Test
    void theMenuBarIsTheCatalogInOrderAndRunsItsHandlers() {
        MainMenu menu = new MainMenu(catalog);
        List<MenuItem> items = menu.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> !(i instanceof SeparatorMenuItem)).toList();
        List<AppAction> all = catalog.all();
        assertEquals(all.size(), items.size());
        for (int i = 0; i < all.size(); i++) {
            assertEquals(all.get(i).id(), items.get(i).getId());
            assertEquals(all.get(i).accelerator(), items.get(i).getAccelerator());
        }
        items.stream().filter(i -> i.getId().equals("menu-menu-view-toggleLayer")).findFirst().orElseThrow().fire();
        items.stream().filter(i -> i.getId().equals("menu-view-2")).findFirst().orElseThrow().fire();
        assertEquals(List.of("toggleLayer", "showView[1]"), called);
    }

    @Test
    void theShortcutListNamesEveryShortcutWithItsText() {
        String list = catalog.shortcutList();
        for (AppAction a : catalog.all()) {
            if (a.accelerator() != null) {
                assertTrue(list.lines().anyMatch(l -> l.startsWith(a.shortcut()) && l.endsWith(a.plainText())),
                        a.shortcut() + " " + a.plainText() + " missing from\n" + list);
            }
        }
        assertEquals(catalog.byId("menu-menu-view-toggleLayer").orElseThrow().shortcut(),
                catalog.shortcutOf("menu.view.toggleLayer"));
        assertFalse(catalog.shortcutOf("menu.view.toggleLayer").isEmpty());
    }

    @Test
    void anActionIsDisabledWhileItCannotRun() {
        MenuItem export = catalog.byId("menu-export-figure").orElseThrow().menuItem();
        MenuItem undo = catalog.byId("menu-painfinder-undo").orElseThrow().menuItem();
        assertTrue(export.isDisable(), "no atlas yet");
        assertTrue(undo.isDisable(), "nothing to undo");
        model.session().open(TestAtlases.MINI);
        assertFalse(export.isDisable());
    }

    @Test
    void openingDrawingsAndLessonsWaitsWhileAFileIsBeingRead() {
        javafx.beans.property.SimpleBooleanProperty reading = new javafx.beans.property.SimpleBooleanProperty();
        MainMenu.Actions actions = (MainMenu.Actions) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {MainMenu.Actions.class},
                (proxy, method, args) -> method.getName().equals("readingFile") ? reading : null);
        ActionCatalog withReads = new ActionCatalog(actions, model);
        List<MenuItem> opens = List.of("menu-menu-mode-openDrawing", "menu-menu-mode-compareDrawings",
                "menu-menu-present-open").stream().map(id -> withReads.byId(id).orElseThrow().menuItem()).toList();
        assertTrue(opens.stream().noneMatch(MenuItem::isDisable));
        reading.set(true);
        assertTrue(opens.stream().allMatch(MenuItem::isDisable));
        reading.set(false);
        assertTrue(opens.stream().noneMatch(MenuItem::isDisable));
    }
}
