package org.referralatlas.cli;

import org.referralatlas.io.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.referralatlas.export.FigureRenderer;
import org.referralatlas.export.HandoutBuilder;
import org.referralatlas.export.HandoutContent;
import org.referralatlas.export.HandoutContents;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Side;
import org.referralatlas.query.Resolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

@Command(name = "handout", mixinStandardHelpOptions = true,
        description = "Write a one-page patient handout (A4 PDF) for a muscle, or for where it hurts (--regions): "
                + "the figure with the pattern, what is going on, self-care steps, precautions, when to see a doctor "
                + "and the therapist's note.")
final class HandoutCommand extends AtlasCommand {
    /** Preview resolution: A4 at 110 dpi is about 910 x 1290 pixels, readable on any screen. */
    static final float PREVIEW_DPI = 110;

    @Parameters(paramLabel = "MUSCLE", arity = "0..1", description = "Muscle (id, name, abbreviation or synonym).")
    String muscleText;

    @Option(names = "--regions", split = ",", paramLabel = "REGION[,REGION...]",
            description = "Pain-finder handout: where it hurts (ids, names or synonyms), instead of a muscle.")
    List<String> regionTexts;

    @Option(names = "--side", defaultValue = "right", paramLabel = "left|right|both",
            description = "The patient's side (default: ${DEFAULT-VALUE}).")
    String sideText;

    @Option(names = "--note", paramLabel = "TEXT", description = "The therapist's note printed on the handout.")
    String note;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "The PDF file to write.")
    Path out;

    @Option(names = "--png", paramLabel = "FILE.png", description = "Also write a PNG preview of the page.")
    Path png;

    @Override
    int run(Atlas atlas, PrintWriter stdout) {
        Side side = FigureCommand.side(spec, sideText);
        boolean byRegions = regionTexts != null;
        if (byRegions == (muscleText != null)) {
            throw new ParameterException(spec.commandLine(), "name either a MUSCLE or --regions, not "
                    + (byRegions ? "both" : "neither"));
        }
        Resolver resolver = resolver(atlas);
        HandoutContents contents = new HandoutContents(atlas);
        HandoutContent content;
        if (byRegions) {
            List<String> ids = new ArrayList<>();
            for (String text : regionTexts) {
                if (!text.isBlank()) {
                    ids.add(requireOk(resolver.region(text.trim())));
                }
            }
            if (ids.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--regions needs at least one region");
            }
            content = contents.forPain(ids, side, note);
        } else {
            content = contents.forMuscle(requireOk(resolver.muscle(muscleText)), side, note);
        }
        List<Path> targets = checkOutputs(out, png);
        Headless.ensure();
        try (PDDocument doc = new HandoutBuilder(atlas).build(content)) {
            write(out, () -> AtomicFiles.write(targets.get(0), doc::save));
            if (png != null) {
                write(png, () -> FigureRenderer.writePng(HandoutBuilder.renderPage(doc, PREVIEW_DPI), targets.get(1)));
            }
        } catch (IOException e) {
            throw new Cli.CommandProblem("cannot build the handout: " + Headless.reason(e));
        }
        if (options.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", out.toString());
            json.put("title", content.title());
            json.put("preview", png == null ? null : png.toString());
            options.printJson(stdout, json);
        } else {
            stdout.println("wrote " + out + (png == null ? "" : " and " + png));
        }
        return Cli.OK;
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void write(Path file, IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new Cli.CommandProblem("cannot write " + file + ": " + Headless.reason(e));
        }
    }
}
