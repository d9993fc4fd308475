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
        description = "From where it hurts to the candidate muscles, ranked by the pain guides' order and "
                + "essential above spillover zones; muscles that explain more of the regions above those that "
                + "explain fewer. Red flags first.")
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
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("redFlags", flagsJson(atlas.redFlagsFor(ids)));
            json.putAll(toJson(result));
            options.printJson(out, json);
            return Cli.OK;
        }
        out.println("Pain in: " + String.join(", ", ids.stream()
                .map(id -> atlas.region(id).orElseThrow().name()).toList()) + " (" + (side == Side.BOTH ? "both sides" : side.id() + " side") + ")");
        printFlags(atlas.redFlagsFor(ids), out);
        if (result.candidates().isEmpty()) {
            out.println(result.sites().isEmpty() ? "No muscle in this atlas refers pain there."
                    : "No muscle in this atlas refers pain there; trigger points lie there (below).");
        }
        int rank = 1;
        for (PainLookup.Candidate c : result.candidates()) {
            String name = c.isGroup() ? c.name() + " (group: " + String.join(", ",
                    c.members().stream().map(m -> m.name()).toList()) + ")" : c.name();
            out.printf(Locale.ROOT, "%2d. %-40s score %.2f%n", rank++, name, c.score());
            c.guidePlaces().forEach(p -> out.println("      " + p.text()));
            for (PainLookup.SharedReason r : c.sharedReasons()) {
                String who = !c.isGroup() ? ""
                        : r.muscles().size() == c.members().size() ? "Each member's "
                        : String.join(", ", r.muscles().stream().map(id -> atlas.muscle(id).orElseThrow().name())
                                .toList()) + " ";
                out.println("      " + who + r.triggerPointLabel() + " refers to "
                        + atlas.region(r.region()).orElseThrow().name().toLowerCase(Locale.ROOT)
                        + " (" + r.zone().id() + " zone)");
            }
        }
        printSites(atlas, result.sites(), out);
        for (String id : ids) {
            atlas.painGuide(id).filter(g -> g.note() != null).ifPresent(g -> out.println("Note on the guide for "
                    + atlas.region(id).orElseThrow().name() + " (" + g.area() + "): " + g.note()));
        }
        for (String id : result.regionsWithoutGuide()) {
            out.println("No pain guide for " + atlas.region(id).orElseThrow().name()
                    + ": muscles with equal scores there are listed in atlas order.");
        }
        return Cli.OK;
    }

    /** Muscles whose trigger points lie in a chosen region: after the referral candidates, never ranked with them. */
    static void printSites(Atlas atlas, List<PainLookup.Site> sites, PrintWriter out) {
        if (sites.isEmpty()) {
            return;
        }
        out.println("Trigger points that lie there (local pain and tenderness where the trigger point is, "
                + "not referred pain):");
        for (PainLookup.Site s : sites) {
            String in = String.join(", ", s.regions().stream()
                    .map(id -> atlas.region(id).orElseThrow().name().toLowerCase(Locale.ROOT)).toList());
            out.println("   - " + s.name() + (s.alsoRefers() ? " (also a referral candidate, above)" : "") + ", in the " + in
                    + ":");
            s.triggerPoints().forEach(tp -> out.println("      " + tp.label() + ": " + tp.location() + " Source: "
                    + String.join("; ", tp.sources().stream().map(MuscleCommand::cite).toList())));
        }
    }

    /** Red flags come before any muscle: they mean "see a doctor first". */
    static void printFlags(List<RedFlag> flags, PrintWriter out) {
        if (!flags.isEmpty()) {
            out.println("RED FLAGS - see a doctor first if any of these apply:");
            flags.forEach(f -> out.println("  ! " + f.title() + ": " + f.action()));
            out.println();
        }
    }

    static List<Map<String, Object>> flagsJson(List<RedFlag> flags) {
        return flags.stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", f.id());
            m.put("title", f.title());
            m.put("action", f.action());
            return m;
        }).toList();
    }

    static Map<String, Object> toJson(PainLookup.Result result) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("regions", result.regions());
        query.put("side", result.side().id());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("query", query);
        json.put("regionsWithoutGuide", result.regionsWithoutGuide());
        json.put("candidates", result.candidates().stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("muscle", c.id());
            m.put("name", c.name());
            if (c.isGroup()) {
                m.put("group", true);
                m.put("members", c.members().stream().map(x -> x.id()).toList());
            }
            m.put("score", Math.round(c.score() * 1000) / 1000.0);
            m.put("guide", c.guidePlaces().stream().map(p -> {
                Map<String, Object> place = new LinkedHashMap<>();
                place.put("region", p.region());
                place.put("place", p.place());
                place.put("of", p.places());
                place.put("derived", p.derived());
                place.put("text", p.text());
                return place;
            }).toList());
            m.put("reasons", c.reasons().stream().map(r -> {
                Map<String, Object> reason = new LinkedHashMap<>();
                reason.put("region", r.region());
                reason.put("zone", r.zone().id());
                reason.put("triggerPoint", r.triggerPoint());
                reason.put("muscle", r.muscle());
                return reason;
            }).toList());
            return m;
        }).toList());
        json.put("sites", result.sites().stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("muscle", s.id());
            m.put("name", s.name());
            m.put("regions", s.regions());
            m.put("triggerPoints", s.triggerPoints().stream().map(tp -> tp.id()).toList());
            m.put("alsoRefers", s.alsoRefers());
            return m;
        }).toList());
        return json;
    }
}
