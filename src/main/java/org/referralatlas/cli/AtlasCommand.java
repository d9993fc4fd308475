package org.referralatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.referralatlas.io.OutputFiles;
import java.util.concurrent.Callable;
import org.referralatlas.model.Atlas;
import org.referralatlas.query.AtlasSearch;
import org.referralatlas.query.Resolver;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Base of the commands that read an atlas: loads it, then runs {@link #run(Atlas, PrintWriter)}. */
abstract class AtlasCommand implements Callable<Integer> {
    @Mixin
    AtlasOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Atlas atlas = options.load();
        return run(atlas, spec.commandLine().getOut());
    }

    abstract int run(Atlas atlas, PrintWriter out);

    /**
     * Checks every file the command will write before any work (see {@link OutputFiles}): no device,
     * pipe or folder, no file of the atlas in use, no two outputs the same file.
     *
     * @return the files to write, a symbolic link resolved to its target; nulls kept
     */
    List<Path> checkOutputs(Path... outputs) {
        try {
            return OutputFiles.check(Arrays.asList(outputs), options.protectedFolder());
        } catch (IOException e) {
            throw new Cli.CommandProblem(e instanceof OutputFiles.RefusedException ? e.getMessage()
                    : "cannot write: " + Headless.reason(e));
        }
    }

    static Resolver resolver(Atlas atlas) {
        return new Resolver(atlas, new AtlasSearch(atlas));
    }

    static String requireOk(Resolver.Resolution resolution) {
        if (!resolution.ok()) {
            throw new Cli.CommandProblem(resolution.problem());
        }
        return resolution.id();
    }
}
