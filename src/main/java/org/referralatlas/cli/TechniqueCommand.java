package org.referralatlas.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Technique;
import org.referralatlas.query.Lookups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "technique", mixinStandardHelpOptions = true,
        description = "Show a technique (category, who may perform it, steps, contraindications) and the muscles it "
                + "serves, with muscle-specific notes.")
final class TechniqueCommand extends AtlasCommand {
    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "Technique id, name or synonym.")
    List<String> words;

    @Override
    int run(Atlas atlas, PrintWriter out) {
        Technique t = atlas.technique(requireOk(resolver(atlas).technique(String.join(" ", words)))).orElseThrow();
        List<Lookups.MuscleUse> uses = new Lookups(atlas).musclesForTechnique(t.id());
        if (options.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("technique", t);
            json.put("muscles", uses.stream().map(u -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", u.muscle().id());
                m.put("name", u.muscle().name());
                m.put("notes", u.notes());
                return m;
            }).toList());
            options.printJson(out, json);
            return Cli.OK;
        }
        out.println(t.name() + " [" + t.category().id() + "]");
        out.println("  who: " + String.join(", ", t.performers()));
        for (int i = 0; i < t.steps().size(); i++) {
            out.println("  " + (i + 1) + ". " + t.steps().get(i));
        }
        t.contraindications().forEach(c -> out.println("  not when: " + c));
        out.println("  evidence: " + t.evidence());
        out.println("  in plain words: " + t.plainLanguage());
        out.println("  muscles:");
        uses.forEach(u -> out.println("    " + u.muscle().id() + (u.notes() == null ? "" : ": " + u.notes())));
        return Cli.OK;
    }
}
