package org.referralatlas.cli;

import java.io.PrintWriter;
import org.referralatlas.text.ErrorText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * The command-line front of Referral Atlas. Runs entirely without JavaFX.
 * Exit codes: 0 success, 1 a problem with the atlas or the request, 2 bad usage.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int PROBLEM = 1;
    public static final int USAGE = 2;
    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true);
        try {
            System.exit(run(args, new PrintWriter(System.out, true), err));
        } catch (OutOfMemoryError e) {
            // The limits are meant to make this unreachable; if not, one line and not a stack trace.
            err.println("referral-atlas: out of memory; please report what you ran");
            System.exit(PROBLEM);
        }
    }

    /**
     * Runs one command; never throws, never prints a stack trace. Everything printed goes through
     * {@link EscapingWriter}, so text from an atlas, a drawing or an argument cannot drive the terminal.
     */
    public static int run(String[] args, PrintWriter rawOut, PrintWriter rawErr) {
        PrintWriter out = new PrintWriter(new EscapingWriter(rawOut), true);
        PrintWriter err = new PrintWriter(new EscapingWriter(rawErr), true);
        CommandLine cmd = new CommandLine(new RootCommand());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        // picocli would read "@FILE" arguments as files of more arguments, whole and unbounded ("@/dev/zero"
        // never returns): an argument is the text typed, nothing more.
        cmd.setExpandAtFiles(false);
        cmd.registerConverter(Path.class, Cli::path);
        cmd.setParameterExceptionHandler((ex, a) -> {
            // picocli quotes the arguments it rejects; an argument may be 128 kB long.
            err.println("referral-atlas: " + ErrorText.cut(ex.getMessage(), 300));
            err.println("Try 'referral-atlas " + commandPath(ex.getCommandLine()) + "--help'.");
            return USAGE;
        });
        cmd.setExecutionExceptionHandler((ex, c, parseResult) -> {
            if (ex instanceof CommandProblem problem) {
                err.println("referral-atlas: " + problem.getMessage());
                return PROBLEM;
            }
            LOG.error("unexpected error in '{}'", String.join(" ", args), ex);
            err.println("referral-atlas: unexpected error: " + ErrorText.oneLine(ex) + " (details in the log)");
            return PROBLEM;
        });
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** A file name argument; one the system cannot represent (non-ASCII under LANG=C) is a usage error in words. */
    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException("the file name '" + text + "' has characters this "
                    + "system's language setting cannot handle; set LANG to a UTF-8 locale (e.g. C.UTF-8)");
        }
    }

    private static String commandPath(CommandLine c) {
        String name = c.getCommandName();
        return "referral-atlas".equals(name) ? "" : name + " ";
    }

    /** A failure worded for the user; printed as one line, exit code 1. */
    public static final class CommandProblem extends RuntimeException {
        public CommandProblem(String message) {
            super(message);
        }
    }
}
