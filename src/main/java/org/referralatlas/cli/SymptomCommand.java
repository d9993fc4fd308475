package org.referralatlas.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.RedFlag;
import org.referralatlas.model.Symptom;
import org.referralatlas.query.Lookups;
import org.referralatlas.query.Resolver;
import org.referralatlas.text.ErrorText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "symptom", mixinStandardHelpOptions = true,
        description = "Red flags first, then the muscles whose trigger points are associated with a symptom "
                + "(e.g. dizziness, tearing). Warning signs such as \"double vision\" or \"sudden hearing loss\" "
                + "show their red flags even when no muscle is associated.")
final class SymptomCommand extends AtlasCommand {
    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "Symptom id, name or synonym.")
    List<String> words;

    @Override
    int run(Atlas atlas, PrintWriter out) {
        String text = String.join(" ", words);
        Resolver.Resolution resolved = resolver(atlas).symptom(text);
        Lookups lookups = new Lookups(atlas);
        List<RedFlag> flags = lookups.redFlagsForSymptom(resolved.id(), text);
        if (!resolved.ok() && flags.isEmpty()) {
            requireOk(resolved);
        }
        Symptom symptom = resolved.ok() ? atlas.symptom(resolved.id()).orElseThrow() : null;
        List<Muscle> muscles = symptom == null ? List.of() : lookups.musclesWithSymptom(symptom.id());
        if (options.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("redFlags", LookupCommand.flagsJson(flags));
            json.put("symptom", symptom == null ? null
                    : ListCommands.item(symptom.id(), symptom.name(), symptom.synonyms()));
            json.put("muscles", muscles.stream().map(m -> Map.of("id", m.id(), "name", m.name())).toList());
            options.printJson(out, json);
            return Cli.OK;
        }
        LookupCommand.printFlags(flags, out);
        if (symptom == null) {
            out.println("No trigger-point symptom in this atlas matches " + ErrorText.quoted(text) + ".");
            return Cli.OK;
        }
        out.println(symptom.name() + ": " + muscles.size() + (muscles.size() == 1 ? " muscle" : " muscles"));
        muscles.forEach(m -> out.println("  " + m.id() + "  " + m.name()));
        return Cli.OK;
    }
}
