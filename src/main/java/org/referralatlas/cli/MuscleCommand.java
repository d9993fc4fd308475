package org.referralatlas.cli;

import java.io.PrintWriter;
import java.util.List;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.ReferralZone;
import org.referralatlas.model.SourceRef;
import org.referralatlas.model.TriggerPoint;
import org.referralatlas.model.ZoneKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "muscle", mixinStandardHelpOptions = true,
        description = "Show one muscle: names, attachments, trigger points and their referral patterns, symptoms, "
                + "techniques, precautions and sources. Accepts an id, name, abbreviation or synonym.")
final class MuscleCommand extends AtlasCommand {
    @Parameters(paramLabel = "MUSCLE", description = "Id, name, abbreviation or synonym, e.g. upper-trapezius, SCM.")
    String query;

    @Override
    int run(Atlas atlas, PrintWriter out) {
        Muscle m = atlas.muscle(requireOk(resolver(atlas).muscle(query))).orElseThrow();
        if (options.json) {
            options.printJson(out, m);
            return Cli.OK;
        }
        out.println(m.name() + " (" + m.latinName() + ")");
        if (!m.abbreviations().isEmpty() || !m.synonyms().isEmpty()) {
            out.println("  also: " + String.join(", ", concat(m.abbreviations(), m.synonyms())));
        }
        out.println("  group: " + m.group());
        m.origins().forEach(a -> out.println("  origin: " + a.description()));
        m.insertions().forEach(a -> out.println("  insertion: " + a.description()));
        out.println("  action: " + m.action());
        out.println("  innervation: " + m.innervation());
        for (TriggerPoint tp : m.triggerPoints()) {
            out.println();
            out.println("  " + tp.label() + ": " + tp.location());
            for (ZoneKind kind : ZoneKind.values()) {
                List<String> regions = tp.zones(kind).stream().flatMap(z -> z.regions().stream())
                        .map(r -> atlas.region(r).map(x -> x.name()).orElse(r)).distinct().toList();
                if (!regions.isEmpty()) {
                    out.println("    " + kind.id() + ": " + String.join(", ", regions));
                }
            }
            tp.zones().stream().map(ReferralZone::description).filter(d -> d != null)
                    .forEach(d -> out.println("    - " + d));
            if (!tp.siteRegions().isEmpty()) {
                out.println("    lies in (local pain and tenderness, not referral): " + String.join(", ", tp.siteRegions()
                        .stream().map(r -> atlas.region(r).map(x -> x.name()).orElse(r)).toList()));
            }
            out.println("    source: " + String.join("; ", tp.sources().stream().map(MuscleCommand::cite).toList()));
        }
        out.println();
        if (!m.symptoms().isEmpty()) {
            out.println("  symptoms: " + String.join(", ", m.symptoms().stream()
                    .map(s -> atlas.symptom(s).map(x -> x.name()).orElse(s)).toList()));
        }
        m.techniques().forEach(t -> out.println("  technique: " + atlas.technique(t.technique())
                .map(x -> x.name()).orElse(t.technique()) + (t.notes() == null ? "" : " (" + t.notes() + ")")));
        m.precautions().forEach(p -> out.println("  precaution: " + p));
        m.notes().forEach(n -> out.println("  note: " + n));
        out.println("  for patients: " + m.patientSummary());
        out.println("  sources: " + String.join("; ", m.sources().stream().map(MuscleCommand::cite).toList()));
        return Cli.OK;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static String cite(SourceRef ref) {
        StringBuilder sb = new StringBuilder(ref.source());
        if (ref.chapter() != null) {
            sb.append(", ch. ").append(ref.chapter());
        }
        if (ref.figure() != null) {
            sb.append(", fig. ").append(ref.figure());
        }
        if (ref.pages() != null) {
            sb.append(", p. ").append(ref.pages());
        }
        return sb.toString();
    }
}
