package org.referralatlas.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.RedFlag;
import org.referralatlas.model.Side;
import org.referralatlas.query.PainLookup;
import org.referralatlas.query.Resolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "lookup", mixinStandardHelpOptions = true,
        description = "From where it hurts to the candidate muscles, ranked: essential zones above spillover, and "
                + "muscles that explain more of the regions above those that explain fewer.")
final class LookupCommand extends AtlasCommand {
    @Parameters(paramLabel = "REGION", arity = "1..*",
            description = "Pain regions by id, name or synonym, e.g. temple \"behind the eye\".")
    List<String> regions;

    @Option(names = "--side", defaultValue = "both", paramLabel = "left|right|both",
            description = "The patient's side where it hurts (default: ${DEFAULT-VALUE}).")
    String sideText;

    @Override
    int run(Atlas atlas, PrintWriter out) {
        Side side = Side.parse(sideText);
        if (side == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--side must be left, right or both, not '" + sideText + "'");
        }
        Resolver resolver = resolver(atlas);
        List<String> ids = new ArrayList<>();
        for (String text : regions) {
            ids.add(requireOk(resolver.region(text)));
        }
        PainLookup.Result result = new PainLookup(atlas).lookUp(ids, side);
        if (options.json) {
            options.printJson(out, toJson(result));
            return Cli.OK;
        }
        out.println("Pain in: " + String.join(", ", ids.stream()
                .map(id -> atlas.region(id).orElseThrow().name()).toList()) + " (" + side.id() + " side)");
        if (result.candidates().isEmpty()) {
            out.println("No muscle in this atlas refers pain there.");
        }
        int rank = 1;
        for (PainLookup.Candidate c : result.candidates()) {
            out.printf(Locale.ROOT, "%2d. %-40s score %.2f%n", rank++, c.muscle().name(), c.score());
            for (PainLookup.Reason r : c.reasons()) {
                out.println("      " + r.triggerPointLabel() + " refers to "
                        + atlas.region(r.region()).orElseThrow().name().toLowerCase(Locale.ROOT)
                        + " (" + r.zone().id() + " zone)");
            }
        }
        List<RedFlag> flags = atlas.redFlagsFor(ids);
        if (!flags.isEmpty()) {
            out.println();
            out.println("See a doctor first if any of these apply:");
            flags.forEach(f -> out.println("  ! " + f.title() + ": " + f.action()));
        }
        return Cli.OK;
    }

    static Map<String, Object> toJson(PainLookup.Result result) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("regions", result.regions());
        query.put("side", result.side().id());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("query", query);
        json.put("candidates", result.candidates().stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("muscle", c.muscle().id());
            m.put("name", c.muscle().name());
            m.put("score", Math.round(c.score() * 1000) / 1000.0);
            m.put("reasons", c.reasons().stream().map(r -> {
                Map<String, Object> reason = new LinkedHashMap<>();
                reason.put("region", r.region());
                reason.put("zone", r.zone().id());
                reason.put("triggerPoint", r.triggerPoint());
                return reason;
            }).toList());
            return m;
        }).toList());
        return json;
    }
}
