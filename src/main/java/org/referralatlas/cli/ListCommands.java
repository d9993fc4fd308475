package org.referralatlas.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.referralatlas.model.Atlas;
import picocli.CommandLine.Command;

/** {@code regions}, {@code muscles}, {@code techniques}: list ids, names and synonyms. */
final class ListCommands {
    private ListCommands() {
    }

    static Map<String, Object> item(String id, String name, List<String> synonyms) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("name", name);
        m.put("synonyms", synonyms);
        return m;
    }

    static void print(AtlasOptions options, PrintWriter out, List<Map<String, Object>> items) {
        if (options.json) {
            options.printJson(out, items);
            return;
        }
        int width = items.stream().mapToInt(i -> ((String) i.get("id")).length()).max().orElse(0);
        for (Map<String, Object> i : items) {
            @SuppressWarnings("unchecked")
            List<String> synonyms = (List<String>) i.get("synonyms");
            out.printf("%-" + width + "s  %s%s%n", i.get("id"), i.get("name"),
                    synonyms.isEmpty() ? "" : "  (" + String.join(", ", synonyms) + ")");
        }
    }

    @Command(name = "regions", mixinStandardHelpOptions = true, description = "List the pain regions.")
    static final class Regions extends AtlasCommand {
        @Override
        int run(Atlas atlas, PrintWriter out) {
            print(options, out, atlas.regions().stream().map(r -> item(r.id(), r.name(), r.synonyms())).toList());
            return Cli.OK;
        }
    }

    @Command(name = "muscles", mixinStandardHelpOptions = true, description = "List the muscles.")
    static final class Muscles extends AtlasCommand {
        @Override
        int run(Atlas atlas, PrintWriter out) {
            print(options, out, atlas.muscles().stream().map(m -> {
                List<String> synonyms = new java.util.ArrayList<>(m.abbreviations());
                synonyms.addAll(m.synonyms());
                return item(m.id(), m.name(), synonyms);
            }).toList());
            return Cli.OK;
        }
    }

    @Command(name = "techniques", mixinStandardHelpOptions = true, description = "List the techniques.")
    static final class Techniques extends AtlasCommand {
        @Override
        int run(Atlas atlas, PrintWriter out) {
            if (options.json) {
                options.printJson(out, atlas.techniques().stream().map(t -> {
                    Map<String, Object> m = item(t.id(), t.name(), t.synonyms());
                    m.put("category", t.category().id());
                    return m;
                }).toList());
            } else {
                print(options, out, atlas.techniques().stream()
                        .map(t -> item(t.id(), t.name() + " [" + t.category().id() + "]", t.synonyms())).toList());
            }
            return Cli.OK;
        }
    }
}
