package org.referralatlas.cli;

import picocli.CommandLine.Command;

/** {@code referral-atlas <command>}: the list of sub-commands. */
@Command(name = "referral-atlas", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Trigger-point referral atlas of the head, neck and shoulders."
                + "%nWith no command, opens the application window.",
        subcommands = {ValidateCommand.class, ListCommands.Regions.class, ListCommands.Muscles.class,
            ListCommands.Techniques.class, MuscleCommand.class, SearchCommand.class, SymptomCommand.class,
            TechniqueCommand.class, LookupCommand.class, FigureCommand.class, HandoutCommand.class,
            RankDrawingCommand.class, PlatesCommand.class})
final class RootCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
