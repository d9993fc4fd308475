package org.referralatlas.ui.shell;

/** The working modes of the main window. */
public enum AppMode {
    EXPLORE("mode.explore"),
    PAIN_FINDER("mode.painFinder"),
    TECHNIQUES("mode.techniques"),
    STUDY("mode.study");

    private final String messageKey;

    AppMode(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
