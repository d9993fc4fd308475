package org.referralatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.data.AtlasProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check an atlas folder (default: the bundled atlas). Exit 0 when valid, 1 with one line per "
                + "problem (file:line:column: path: message) otherwise.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    AtlasOptions options;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "Atlas folder (same as --atlas).")
    Path dir;

    @Override
    public Integer call() {
        Path target = dir != null ? dir : options.atlas;
        AtlasLoader.Result result = AtlasOptions.load(target);
        PrintWriter out = spec.commandLine().getOut();
        String where = target == null ? "bundled atlas" : target.toString();
        if (options.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("atlas", where);
            json.put("valid", result.ok());
            json.put("problems", result.problems().stream().map(ValidateCommand::toJson).toList());
            json.put("unlistedProblems", result.unlisted());
            options.printJson(out, json);
        } else if (result.ok()) {
            out.println(where + ": valid (" + result.atlas().muscles().size() + " muscles, "
                    + result.atlas().regions().size() + " regions, " + result.atlas().views().size() + " views)");
        } else {
            result.problems().forEach(p -> out.println(p.format()));
            if (result.unlisted() > 0) {
                out.println("... and " + result.unlisted() + " more not listed: checking stops after "
                        + result.problems().size() + " problems; fix these and run validate again");
            }
            out.println(result.problemCount() + (result.problemCount() == 1 ? " problem" : " problems")
                    + " in " + where);
        }
        return result.ok() ? Cli.OK : Cli.PROBLEM;
    }

    private static Map<String, Object> toJson(AtlasProblem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", p.file());
        m.put("line", p.line());
        m.put("column", p.column());
        m.put("path", p.path());
        m.put("message", p.message());
        return m;
    }
}
