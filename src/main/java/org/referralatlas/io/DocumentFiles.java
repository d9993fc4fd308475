package org.referralatlas.io;

import java.util.List;

/**
 * The files the window opens when a desktop hands them over (the installers' file types): saved
 * lessons and pain drawings. Here rather than in the Launcher so that the Launcher (which tells them
 * from CLI commands) and the window (which opens them) share one definition without ui reaching up.
 */
public final class DocumentFiles {
    /** Saved lessons and pain drawings. */
    public static final List<String> SUFFIXES = List.of(".lesson.json", ".pain.json");

    private DocumentFiles() {
    }

    /** A file the window opens (double-clicked on a desktop), rather than a CLI command word or an option. */
    public static boolean isDocument(String arg) {
        return !arg.startsWith("-") && SUFFIXES.stream().anyMatch(arg::endsWith);
    }
}
