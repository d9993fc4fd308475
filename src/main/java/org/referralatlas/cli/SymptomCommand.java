package org.referralatlas.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.Symptom;
import org.referralatlas.query.Lookups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "symptom", mixinStandardHelpOptions = true,
        description = "List the muscles whose trigger points are associated with a symptom (e.g. dizziness, tearing).")
final class SymptomCommand extends AtlasCommand {
    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "Symptom id, name or synonym.")
    List<String> words;

    @Override
    int run(Atlas atlas, PrintWriter out) {
        String text = String.join(" ", words);
        Symptom symptom = atlas.symptom(requireOk(resolver(atlas).symptom(text))).orElseThrow();
        List<Muscle> muscles = new Lookups(atlas).musclesWithSymptom(symptom.id());
        if (options.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("symptom", ListCommands.item(symptom.id(), symptom.name(), symptom.synonyms()));
            json.put("muscles", muscles.stream().map(m -> Map.of("id", m.id(), "name", m.name())).toList());
            options.printJson(out, json);
            return Cli.OK;
        }
        out.println(symptom.name() + ": " + muscles.size() + (muscles.size() == 1 ? " muscle" : " muscles"));
        muscles.forEach(m -> out.println("  " + m.id() + "  " + m.name()));
        return Cli.OK;
    }
}
