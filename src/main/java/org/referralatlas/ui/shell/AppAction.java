package org.referralatlas.ui.shell;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import org.referralatlas.ui.Messages;

/**
 * One command of the window, declared once in {@link ActionCatalog}: its text (a bundle key), its
 * shortcut, what it does and when it is disabled. The menu items, the toolbar's tooltips and the F1
 * list are all made from it, so a shortcut is written in one place.
 */
record AppAction(String id, String text, KeyCombination accelerator, Runnable handler, ObservableBooleanValue disabled) {

    /** An action named by bundle key, with an accelerator such as "Shortcut+D" (null for none). */
    static AppAction of(String key, String accelerator, Runnable handler) {
        return new AppAction("menu-" + key.replace('.', '-'), Messages.get(key),
                accelerator == null ? null : KeyCombination.keyCombination(accelerator), handler, null);
    }

    /** The same action, disabled while {@code condition} holds. */
    AppAction disabledWhen(ObservableBooleanValue condition) {
        return new AppAction(id, text, accelerator, handler, condition);
    }

    /** The text without mnemonic underscores. */
    String plainText() {
        return text.replace("_", "");
    }

    /** The shortcut as the platform writes it ("Ctrl+D"); empty for none. */
    String shortcut() {
        return accelerator == null ? "" : accelerator.getDisplayText();
    }

    MenuItem menuItem() {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(accelerator);
        item.setOnAction(e -> handler.run());
        if (disabled != null) {
            item.disableProperty().bind(disabled);
        }
        return item;
    }
}
