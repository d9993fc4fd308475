package org.referralatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.referralatlas.io.PlainText;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.PainDrawing;
import org.referralatlas.model.RedFlag;
import org.referralatlas.model.Side;
import org.referralatlas.model.ViewDrawing;
import org.referralatlas.query.DrawingRanker;
import org.referralatlas.query.DrawingRanking;
import org.referralatlas.query.DrawnMasks;
import org.referralatlas.query.PainLookup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "rank-drawing", mixinStandardHelpOptions = true,
        description = "Ranks the muscles whose referral patterns best explain a saved pain drawing: the share of the "
                + "drawing each explains (essential zones count fully, spillover half, severe cells three times "
                + "mild ones), less for a pattern the drawing leaves out; then the best combination of two or three "
                + "muscles and the share no muscle explains.")
final class RankDrawingCommand extends AtlasCommand {
    @Parameters(paramLabel = "FILE.json", description = "A drawing saved by the pain finder.")
    Path file;

    @Option(names = "--limit", defaultValue = "10", paramLabel = "N",
            description = "Candidates to print as text (default: ${DEFAULT-VALUE}); --json lists all.")
    int limit;

    @Override
    int run(Atlas atlas, PrintWriter out) {
        if (limit < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1, not "
                    + limit);
        }
        PainDrawing drawing = DrawingFile.read(file, atlas);
        DrawingRanker ranker = new DrawingRanker(atlas);
        DrawnMasks drawn = DrawnMasks.of(ranker.zones(), drawing);
        DrawingRanking ranking = ranker.rank(drawn);
        // the regions the drawing paints call for their red flags first, as `lookup` does, and name the
        // trigger points that lie in them (the armpit)
        List<String> painted = drawn.paintedRegions(atlas.regions().stream().map(r -> r.id()).toList());
        List<RedFlag> flags = painted.isEmpty() ? List.of() : atlas.redFlagsFor(painted);
        List<PainLookup.Site> sites = painted.isEmpty() ? List.of()
                : new PainLookup(atlas).lookUp(painted, Side.BOTH).sites();
        if (options.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("redFlags", LookupCommand.flagsJson(flags));
            json.putAll(toJson(drawing, ranking));
            json.put("paintedRegions", painted);
            json.put("sites", sites.stream().map(s -> s.id()).toList());
            options.printJson(out, json);
            return Cli.OK;
        }
        out.println("Drawing " + PlainText.escape(file.getFileName().toString())
                + (drawing.date() == null ? "" : " of " + drawing.date())
                + (drawing.note().isBlank() ? "" : ": " + PlainText.escape(drawing.note())));
        LookupCommand.printFlags(flags, out);
        if (ranking.candidates().isEmpty()) {
            out.println(ranking.drawnArea() == 0 ? "The drawing is blank." : "No muscle in this atlas refers pain there.");
            LookupCommand.printSites(atlas, sites, out);
            return Cli.OK;
        }
        int rank = 1;
        for (DrawingRanking.Candidate c : ranking.candidates().subList(0, Math.min(limit, ranking.candidates().size()))) {
            out.printf(Locale.ROOT, "%2d. %-46s explains %3.0f%% of the drawing  score %.2f%n", rank++,
                    c.name() + " (" + c.side().id() + ")", 100 * c.shareExplained(), c.score());
            if (c.group() != null) {
                out.println("      group: " + c.members().stream().map(x -> x.name())
                        .collect(Collectors.joining(", ")) + "; pattern of " + c.muscle().name());
            }
            for (DrawingRanking.Reason r : c.reasons()) {
                out.printf(Locale.ROOT, "      %s %s zone (%s) covers %.0f%% of the drawing%n", r.triggerPointLabel(),
                        r.zone().id(), String.join(", ", r.regions()), 100 * r.shareOfDrawing());
            }
        }
        ranking.bestCombination().ifPresent(best -> out.printf(Locale.ROOT,
                "Best combination: %s explain %.0f%% of the drawing%n", best.members().stream()
                        .map(m -> m.name() + " (" + m.side().id() + ")")
                        .collect(Collectors.joining(" + ")), 100 * best.shareExplained()));
        out.printf(Locale.ROOT, "Unexplained: %.0f%% of the drawing%n", 100 * ranking.unexplainedShare());
        LookupCommand.printSites(atlas, sites, out);
        return Cli.OK;
    }

    static Map<String, Object> toJson(PainDrawing drawing, DrawingRanking ranking) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("date", drawing.date() == null ? null : drawing.date().toString());
        d.put("note", drawing.note());
        d.put("views", drawing.views().stream().map(ViewDrawing::view).toList());
        d.put("area", round(ranking.drawnArea()));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("drawing", d);
        json.put("candidates", ranking.candidates().stream().map(c -> {
            Map<String, Object> m = member(c);
            m.put("score", round(c.score()));
            m.put("shareExplained", round(c.shareExplained()));
            m.put("essentialShare", round(c.essentialShare()));
            m.put("spilloverShare", round(c.spilloverShare()));
            m.put("regionShare", round(c.regionShare()));
            m.put("patternLeftOut", round(c.patternLeftOut()));
            m.put("fit", round(c.fit()));
            m.put("regionsExplained", round(c.regionsExplained()));
            m.put("reasons", c.reasons().stream().map(r -> {
                Map<String, Object> reason = new LinkedHashMap<>();
                reason.put("triggerPoint", r.triggerPoint());
                reason.put("zone", r.zone().id());
                reason.put("regions", r.regions());
                reason.put("shareOfDrawing", round(r.shareOfDrawing()));
                return reason;
            }).toList());
            return m;
        }).toList());
        json.put("combinations", ranking.combinations().stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("muscles", c.members().stream().map(RankDrawingCommand::member).toList());
            m.put("shareExplained", round(c.shareExplained()));
            return m;
        }).toList());
        json.put("unexplainedShare", round(ranking.unexplainedShare()));
        return json;
    }

    private static Map<String, Object> member(DrawingRanking.Candidate c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("muscle", c.group() != null ? c.group().id() : c.muscle().id());
        m.put("name", c.name());
        if (c.group() != null) {
            m.put("group", true);
            m.put("members", c.members().stream().map(x -> x.id()).toList());
        }
        m.put("side", c.side().id());
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
