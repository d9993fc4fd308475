package org.referralatlas.ui.shell;

/** The three working modes of the main window. */
public enum AppMode {
    EXPLORE("mode.explore"),
    PAIN_FINDER("mode.painFinder"),
    TECHNIQUES("mode.techniques");

    private final String messageKey;

    AppMode(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
