package org.referralatlas.ui.bodymap;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The body map's own text ({@code bodymap.properties}): its key and what it reports to a screen reader. */
final class BodyMapText {
    static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.referralatlas.ui.bodymap.bodymap");

    private BodyMapText() {
    }

    static String get(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : MessageFormat.format(pattern.replace("'", "''"), args);
    }
}
