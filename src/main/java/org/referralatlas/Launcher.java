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
            return;
        }
        String noDisplay = displayProblem(System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("glass.platform"));
        if (noDisplay != null) {
            System.err.println(noDisplay);
            System.exit(Cli.PROBLEM);
        }
        try {
            org.referralatlas.ui.App.launchApp(args);
        } catch (RuntimeException | LinkageError e) {
            // Whatever else stops the toolkit (a broken display, missing native libraries): one line.
            System.err.println("referral-atlas: cannot open the window (" + (e.getMessage() == null
                    ? "the graphics toolkit did not start" : e.getMessage().lines().findFirst().orElse(""))
                    + "); the commands work without a window: referral-atlas --help");
            System.exit(Cli.PROBLEM);
        }
    }

    /**
     * Why the window cannot open, checked before JavaFX starts (which would fail with a stack trace):
     * on Linux and the BSDs, no X11 or Wayland display. Null when a window can be tried (any other
     * system, a display set, or the headless Monocle platform).
     */
    static String displayProblem(java.util.Map<String, String> env, String osName, String glassPlatform) {
        String os = osName.toLowerCase(java.util.Locale.ROOT);
        boolean unixDesktop = os.contains("linux") || os.contains("bsd");
        if (!unixDesktop || "monocle".equalsIgnoreCase(glassPlatform)) {
            return null;
        }
        if (isSet(env.get("DISPLAY")) || isSet(env.get("WAYLAND_DISPLAY"))) {
            return null;
        }
        return "referral-atlas: no display to open the window on (DISPLAY is not set); the commands work "
                + "without one: referral-atlas --help";
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
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
