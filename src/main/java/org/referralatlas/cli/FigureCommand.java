package org.referralatlas.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.referralatlas.export.FigureRenderer;
import org.referralatlas.export.FigureRequest;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.FigureView;
import org.referralatlas.model.Layer;
import org.referralatlas.model.Side;
import org.referralatlas.text.ErrorText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

@Command(name = "figure", mixinStandardHelpOptions = true,
        description = "Draw a figure view to a PNG, optionally with one muscle's trigger points and referral "
                + "pattern (essential zones solid, spillover stippled) and a legend. Needs no display.")
final class FigureCommand extends AtlasCommand {
    @Parameters(paramLabel = "VIEW", description = "View id or name, e.g. anterior, lateral, posterior.")
    String viewText;

    @Option(names = "--muscle", paramLabel = "MUSCLE", description = "Muscle whose pattern to draw (id, name, "
            + "abbreviation or synonym).")
    String muscleText;

    @Option(names = "--side", defaultValue = "right", paramLabel = "left|right|both",
            description = "The patient's side to draw the pattern on (default: ${DEFAULT-VALUE}).")
    String sideText;

    @Option(names = "--layer", paramLabel = "superficial|deep",
            description = "Muscle layer to show (default: the muscle's own layer, else superficial).")
    String layerText;

    @Option(names = "--scale", paramLabel = "N",
            description = "Pixels per design unit, 0.1 to 16 and at most 48 megapixels in all (about 9.6 for the"
                    + " bundled views); 2 is twice screen resolution (default: 2, or more for a narrow view, so that"
                    + " the long side is at least 1600 px and the short side at least 800 px).")
    Double scaleOption;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "The PNG file to write.")
    Path out;

    @Override
    int run(Atlas atlas, PrintWriter stdout) {
        Side side = side(spec, sideText);
        Layer layer = null;
        if (layerText != null) {
            try {
                layer = Layer.fromId(layerText.trim());
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(),
                        "--layer must be superficial or deep, not '" + layerText + "'");
            }
        }
        if (scaleOption != null && !(scaleOption >= 0.1 && scaleOption <= 16)) {
            throw new ParameterException(spec.commandLine(), "--scale must be between 0.1 and 16, not " + scaleOption);
        }
        FigureView view = view(atlas, viewText);
        double scale = scaleOption != null ? scaleOption : FigureRenderer.defaultScale(view, true);
        double max = FigureRenderer.maxScale(view, true);
        if (scale > max) {
            throw new ParameterException(spec.commandLine(), "--scale " + scale + " would make the " + view.id()
                    + " figure larger than 48 megapixels; at most " + max + " for this view");
        }
        String muscle = muscleText == null ? null : requireOk(resolver(atlas).muscle(muscleText));
        Path target = checkOutputs(out).get(0);
        Headless.ensure();
        FigureRequest request = new FigureRequest(view.id(), muscle, side, layer, List.of(), true);
        BufferedImage image = new FigureRenderer(atlas).render(request, scale);
        try {
            FigureRenderer.writePng(image, target);
        } catch (IOException e) {
            throw new Cli.CommandProblem("cannot write " + out + ": " + Headless.reason(e));
        }
        if (options.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", out.toString());
            json.put("width", image.getWidth());
            json.put("height", image.getHeight());
            options.printJson(stdout, json);
        } else {
            stdout.println("wrote " + out + " (" + image.getWidth() + " x " + image.getHeight() + " px)");
        }
        return Cli.OK;
    }

    /** A view by id or by name, ignoring case; unknown views list the ones there are. */
    static FigureView view(Atlas atlas, String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return atlas.views().stream()
                .filter(v -> v.id().equals(wanted) || v.name().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst()
                .orElseThrow(() -> new Cli.CommandProblem("no view " + ErrorText.quoted(text) + "; views: " + String.join(", ",
                        atlas.views().stream().map(FigureView::id).toList())));
    }

    static Side side(picocli.CommandLine.Model.CommandSpec spec, String text) {
        Side side = Side.parse(text);
        if (side == null) {
            throw new ParameterException(spec.commandLine(), "--side must be left, right or both, not '" + text + "'");
        }
        return side;
    }
}
