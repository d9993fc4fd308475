package org.referralatlas;

import org.referralatlas.cli.Cli;
import org.referralatlas.io.DocumentFiles;

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

    /** True when the arguments name a command or ask for help or version, rather than options for the window. */
    static boolean isCliInvocation(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--atlas")) {
                i++;
            } else if (a.startsWith("--atlas=") || a.equals("--measure-startup") || a.equals("--measure-tour")
                    || DocumentFiles.isDocument(a)) {
                continue;
            } else {
                return true;
            }
        }
        return false;
    }
}
