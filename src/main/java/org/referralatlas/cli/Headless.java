package org.referralatlas.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Small helpers for the commands that draw: no display, and one-line reasons for file errors. */
final class Headless {
    private Headless() {
    }

    /**
     * Java2D must never try to reach a display from the CLI (servers, CI, ssh sessions); set before
     * the first AWT class initialises the graphics environment.
     */
    static void ensure() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** The reason of a file error in words, without the exception class name. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "folder not found";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
