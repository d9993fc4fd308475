package org.referralatlas.cli;

import java.io.IOException;
import org.referralatlas.io.BoundedFiles;
import org.referralatlas.io.OutputFiles;

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

    /** The reason of a file error in words, without the exception class name ("the disk is full"). */
    static String reason(IOException e) {
        IOException plain = OutputFiles.plainly(e);
        return plain != e ? plain.getMessage() : BoundedFiles.reason(e);
    }
}
