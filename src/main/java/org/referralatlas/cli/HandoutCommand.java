package org.referralatlas.cli;

import org.referralatlas.io.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.referralatlas.export.FigureRenderer;
import org.referralatlas.export.HandoutBuilder;
import org.referralatlas.export.HandoutContent;
import org.referralatlas.export.HandoutContents;
import org.referralatlas.export.PaintedArea;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Intensity;
import org.referralatlas.model.PainDrawing;
import org.referralatlas.model.Side;
import org.referralatlas.query.DrawingRanker;
import org.referralatlas.query.DrawnMasks;
import org.referralatlas.query.Resolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

@Command(name = "handout", mixinStandardHelpOptions = true,
        description = "Write a one-page patient handout (A4 PDF) for a muscle, or for where it hurts (--regions, "
                + "or a pain drawing saved by the pain finder: --drawing): "
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

    @Option(names = "--drawing", paramLabel = "FILE.json",
            description = "Pain-drawing handout: the drawing on its most painted view with the muscles that best "
                    + "explain it; with --regions, a handout about those regions with the drawing on the figure.")
    Path drawingFile;

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
        boolean byPain = byRegions || drawingFile != null;
        if (byPain == (muscleText != null)) {
            throw new ParameterException(spec.commandLine(), "name either a MUSCLE or --regions/--drawing, not "
                    + (byPain ? "both" : "neither"));
        }
        HandoutContent content = byPain ? painContent(atlas, side)
                : new HandoutContents(atlas).forMuscle(requireOk(resolver(atlas).muscle(muscleText)), side, note);
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

    private HandoutContent painContent(Atlas atlas, Side side) {
        HandoutContents contents = new HandoutContents(atlas);
        List<String> ids = new ArrayList<>();
        if (regionTexts != null) {
            Resolver resolver = resolver(atlas);
            for (String text : regionTexts) {
                if (!text.isBlank()) {
                    ids.add(requireOk(resolver.region(text.trim())));
                }
            }
            if (ids.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--regions needs at least one region");
            }
        }
        if (drawingFile == null) {
            return contents.forPain(ids, side, note);
        }
        PainDrawing drawing = DrawingFile.read(drawingFile, atlas);
        DrawingRanker ranker = new DrawingRanker(atlas);
        DrawnMasks masks = DrawnMasks.of(ranker.zones(), drawing);
        String view = masks.mostPaintedView(null);
        if (view == null) {
            throw new Cli.CommandProblem(drawingFile + ": the drawing is blank (nothing to put on a handout)");
        }
        PaintedArea area = new PaintedArea(view, Arrays.stream(Intensity.values()).map(i -> masks.layer(view, i)).toList());
        if (!ids.isEmpty()) {
            return contents.forPain(ids, side, note, area);
        }
        List<String> regions = masks.paintedRegions(atlas.regions().stream().map(r -> r.id()).toList());
        return contents.forDrawing(area, regions, ranker.rank(masks).candidates(), note);
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
