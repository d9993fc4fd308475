package org.referralatlas.cli;

import java.io.PrintWriter;
import org.referralatlas.text.ErrorText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs one command; never throws, never prints a stack trace. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new RootCommand());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setParameterExceptionHandler((ex, a) -> {
            err.println("referral-atlas: " + ex.getMessage());
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
