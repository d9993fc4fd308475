package org.referralatlas.cli;

import java.io.PrintWriter;
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
