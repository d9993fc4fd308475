package org.referralatlas;

import java.util.List;
import org.referralatlas.cli.Cli;

/**
 * Entry point of the runnable jar. With a sub-command (or {@code --help}) it runs the CLI and
 * never starts the JavaFX toolkit; otherwise it opens the application window.
 * It does not extend {@code Application}, so JavaFX can start from the class path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (isCliInvocation(args)) {
            Cli.main(args);
        } else {
            org.referralatlas.ui.App.launchApp(args);
        }
    }

    /** Saved lessons and pain drawings: a desktop opens them with the app (the installers' file types). */
    public static final List<String> DOCUMENT_SUFFIXES = List.of(".lesson.json", ".pain.json");

    /** True when the arguments name a command or ask for help or version, rather than options for the window. */
    static boolean isCliInvocation(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--atlas")) {
                i++;
            } else if (a.startsWith("--atlas=") || a.equals("--measure-startup") || a.equals("--measure-tour")
                    || isDocument(a)) {
                continue;
            } else {
                return true;
            }
        }
        return false;
    }

    /** A file the window opens (double-clicked on a desktop), rather than a CLI command word. */
    public static boolean isDocument(String arg) {
        return !arg.startsWith("-") && DOCUMENT_SUFFIXES.stream().anyMatch(arg::endsWith);
    }
}
