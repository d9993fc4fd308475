package org.referralatlas.ui;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** UI text, all from one resource bundle ({@code org/referralatlas/ui/messages.properties}). */
public final class Messages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.referralatlas.ui.messages");

    private Messages() {
    }

    public static String get(String key) {
        try {
            return BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    public static String format(String key, Object... args) {
        return MessageFormat.format(get(key).replace("'", "''"), args);
    }

    /** The text without mnemonic underscores, for tooltips and accessible text. */
    public static String plain(String key) {
        return get(key).replace("_", "");
    }
}
