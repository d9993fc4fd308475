package org.referralatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.referralatlas.export.Paper;
import org.referralatlas.export.PlateBookBuilder;
import org.referralatlas.export.PlateSelection;
import org.referralatlas.io.AtomicFiles;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.Side;
import org.referralatlas.query.Resolver;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(name = "plates", mixinStandardHelpOptions = true,
        description = "Write the plate book (PDF): one plate per muscle (per trigger point where they refer to "
                + "different places) with its pattern in vector figures, trigger points, regions, key techniques, "
                + "precautions and sources; a title page, contents and an index by pain region.")
final class PlatesCommand extends AtlasCommand {
    @ArgGroup(exclusive = true)
    Which which;

    static final class Which {
        @Option(names = "--muscles", split = ",", paramLabel = "M1,M2", description = "Only these muscles "
                + "(ids, names, abbreviations or synonyms), in this order.")
        List<String> muscles;

        @Option(names = "--region", paramLabel = "REGION", description = "The muscles whose patterns reach this "
                + "pain region, in the lookup's ranking order.")
        String region;

        @Option(names = "--group", paramLabel = "GROUP", description = "The muscles of one group, e.g. Trapezius.")
        String group;
    }

    @Option(names = "--paper", defaultValue = "a4", paramLabel = "a4|letter", description = "Paper size "
            + "(default: ${DEFAULT-VALUE}).")
    String paperText;

    @Option(names = "--side", defaultValue = "right", paramLabel = "left|right",
            description = "The side the patterns are drawn on (default: ${DEFAULT-VALUE}).")
    String sideText;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "The PDF file to write.")
    Path out;

    @Override
    int run(Atlas atlas, PrintWriter stdout) {
        Paper paper = Paper.parse(paperText);
        if (paper == null) {
            throw new ParameterException(spec.commandLine(), "--paper must be a4 or letter, not '" + paperText + "'");
        }
        Side side = FigureCommand.side(spec, sideText);
        if (side == Side.BOTH) {
            throw new ParameterException(spec.commandLine(), "--side must be left or right: a plate shows one side");
        }
        List<Muscle> muscles = select(atlas, side);
        Path target = checkOutputs(out).get(0);
        Headless.ensure();
        PlateBookBuilder builder = new PlateBookBuilder(atlas, paper, side);
        int plates = builder.plan(muscles).size();
        int pages;
        try (PDDocument doc = builder.build(muscles, PlateBookBuilder.Progress.NONE)) {
            pages = doc.getNumberOfPages();
            try {
                AtomicFiles.write(target, doc::save);
            } catch (IOException e) {
                throw new Cli.CommandProblem("cannot write " + out + ": " + Headless.reason(e));
            }
        } catch (IOException e) {
            throw new Cli.CommandProblem("cannot build the plate book: " + Headless.reason(e));
        }
        if (options.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", out.toString());
            json.put("muscles", muscles.stream().map(Muscle::id).toList());
            json.put("plates", plates);
            json.put("pages", pages);
            options.printJson(stdout, json);
        } else {
            stdout.println("wrote " + out + ": " + plates + " plates of " + muscles.size() + " muscles, "
                    + pages + " pages");
        }
        return Cli.OK;
    }

    private List<Muscle> select(Atlas atlas, Side side) {
        Resolver resolver = resolver(atlas);
        List<Muscle> muscles;
        if (which == null) {
            muscles = PlateSelection.all(atlas);
        } else if (which.muscles != null) {
            List<String> ids = new ArrayList<>();
            for (String text : which.muscles) {
                if (!text.isBlank()) {
                    ids.add(requireOk(resolver.muscle(text.trim())));
                }
            }
            muscles = PlateSelection.byIds(atlas, ids);
        } else if (which.region != null) {
            muscles = PlateSelection.byRegion(atlas, requireOk(resolver.region(which.region)), side);
        } else {
            muscles = PlateSelection.byGroup(atlas, which.group);
            if (muscles.isEmpty()) {
                throw new Cli.CommandProblem("no muscle group \"" + which.group + "\"; the atlas has: "
                        + String.join(", ", PlateSelection.groups(atlas)));
            }
        }
        if (muscles.isEmpty()) {
            throw new Cli.CommandProblem("no muscles to put in the plate book");
        }
        return muscles;
    }
}
