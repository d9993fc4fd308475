package org.referralatlas.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.referralatlas.model.Atlas;
import org.referralatlas.query.AtlasSearch;
import org.referralatlas.query.SearchHit;
import org.referralatlas.text.ErrorText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search muscles, regions, symptoms and techniques by name, Latin name, abbreviation or "
                + "synonym; tolerant of typos. Best matches first.")
final class SearchCommand extends AtlasCommand {
    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "What to look for, e.g. SCM, traps, sternocleido.")
    List<String> words;

    @Option(names = "--limit", defaultValue = "10", description = "At most this many results (default ${DEFAULT-VALUE}).")
    int limit;

    @Override
    int run(Atlas atlas, PrintWriter out) {
        String text = String.join(" ", words);
        if (text.length() > AtlasSearch.MAX_QUERY_LENGTH) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "the search text is "
                    + text.length() + " characters long; at most " + AtlasSearch.MAX_QUERY_LENGTH);
        }
        if (limit < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1, not "
                    + limit);
        }
        List<SearchHit> hits = new AtlasSearch(atlas).search(text, Math.max(1, limit));
        if (options.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("query", text);
            json.put("results", hits.stream().map(h -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("kind", h.kind().id());
                m.put("id", h.id());
                m.put("name", h.name());
                m.put("matched", h.matched());
                m.put("score", Math.round(h.score() * 1000) / 1000.0);
                return m;
            }).toList());
            options.printJson(out, json);
            return Cli.OK;
        }
        if (hits.isEmpty()) {
            throw new Cli.CommandProblem("nothing matches " + ErrorText.quoted(text));
        }
        for (SearchHit h : hits) {
            out.printf(Locale.ROOT, "%-10s %-32s %s%s%n", h.kind().id(), h.id(), h.name(),
                    h.matched().equals(h.name()) ? "" : "  (matched \"" + h.matched() + "\")");
        }
        return Cli.OK;
    }
}
