package org.referralatlas.export;

import org.referralatlas.io.AtomicFiles;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.FigureView;
import org.referralatlas.model.Layer;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.MuscleShape;
import org.referralatlas.model.Side;
import org.referralatlas.model.ViewBox;
import org.referralatlas.scene.FigureScene;
import org.referralatlas.scene.SceneShape;

/**
 * Draws a figure view with Java2D, without JavaFX and without a display ({@code java.awt.headless=true}):
 * the {@link FigureScene} the body map shows (base art, the muscles of the layer, the selected muscle
 * emphasised and outlined, the chosen pain regions, its referral zones, essential solid and spillover
 * stippled with a dashed outline, its trigger points as X marks), a patient's pain drawing over it, and a
 * legend band below. The image maps design point (x, y) to pixel ((x - viewBox.x) * scale, (y - viewBox.y) * scale).
 */
public final class FigureRenderer {
    /** Height of the legend band in design units under a wide figure (it scales with the figure). */
    public static final double LEGEND_HEIGHT = 100;
    /** Twice the 1:1 on-screen size: sharp on high-density screens and in print. */
    public static final double DEFAULT_SCALE = 2.0;
    /** Bound on the image size (about 190 MB of pixels), against a scale typed by mistake. */
    static final long MAX_PIXELS = 48_000_000L;
    /** Bound on the parsed-path cache, far above the bundled atlas's few thousand paths. */
    static final int MAX_CACHED_PATHS = 20_000;

    private final Atlas atlas;
    /** Parsed path data: a book draws the same art on every plate of a view. Paths are never changed. */
    private final Map<String, Path2D.Double> parsed = new HashMap<>();

    public FigureRenderer(Atlas atlas) {
        this.atlas = atlas;
    }

    private Path2D.Double path(String data) {
        Path2D.Double path = parsed.get(data);
        if (path == null) {
            path = Figures.path(data);
            if (parsed.size() < MAX_CACHED_PATHS) {
                parsed.put(data, path);
            }
        }
        return path;
    }

    Atlas atlas() {
        return atlas;
    }

    /**
     * The scale an export uses unless told otherwise: twice screen resolution, or more for a narrow view,
     * so that the image's long side is at least 1600 px and its short side at least 800 px (a slide or a
     * printed page; a lateral view at twice screen resolution was only 560 px wide).
     */
    public static double defaultScale(FigureView view, boolean legend) {
        double w = view.viewBox().width();
        double h = view.viewBox().height() + (legend ? FigureLegend.height(w) : 0);
        return Math.max(DEFAULT_SCALE, Math.max(1600 / Math.max(w, h), 800 / Math.min(w, h)));
    }

    /** Pixel width and height of the image {@link #render} produces. */
    public static int[] pixelSize(FigureView view, boolean legend, double scale) {
        double height = view.viewBox().height() + (legend ? FigureLegend.height(view.viewBox().width()) : 0);
        return new int[] {(int) Math.round(view.viewBox().width() * scale), (int) Math.round(height * scale)};
    }

    /**
     * Renders the request.
     *
     * @param scale pixels per design unit, e.g. 2 for twice screen resolution; between 0.1 and 16
     * @throws IllegalArgumentException for an unknown view, muscle or region, or a scale out of range
     */
    public BufferedImage render(FigureRequest request, double scale) {
        FigureView view = atlas.view(request.viewId())
                .orElseThrow(() -> new IllegalArgumentException("no view \"" + request.viewId() + "\""));
        ViewBox vb = view.viewBox();
        return render(request, scale, new Rectangle2D.Double(vb.x(), vb.y(), vb.width(), vb.height()));
    }

    /**
     * Renders only {@code area} (design units, as seen in the output) of the view, e.g. a close-up from
     * {@link Figures#focus}; the legend, if any, spans the area's width.
     */
    public BufferedImage render(FigureRequest request, double scale, Rectangle2D area) {
        if (!(scale >= 0.1 && scale <= 16)) {
            throw new IllegalArgumentException("scale must be between 0.1 and 16, not " + scale);
        }
        Resolved r = resolve(request);
        FigureView view = r.view();
        Muscle muscle = r.muscle();
        int[] size = {(int) Math.round(area.getWidth() * scale),
            (int) Math.round((area.getHeight() + (request.legend() ? FigureLegend.height(area.getWidth()) : 0)) * scale)};
        if ((long) size[0] * size[1] > MAX_PIXELS) {
            throw new IllegalArgumentException("image of " + size[0] + " x " + size[1] + " pixels is too large");
        }
        BufferedImage image = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(FigureStyle.BACKGROUND);
            g.fillRect(0, 0, size[0], size[1]);
            g.scale(scale, scale);
            g.translate(-area.getX(), -area.getY());
            AffineTransform base = g.getTransform();
            // a close-up's figure goes on below its area: the legend band is not the figure's to paint
            g.clip(area);
            paint(g, request);
            g.setClip(null);
            if (request.legend()) {
                g.setTransform(base);
                g.translate(area.getX(), area.getMaxY());
                boolean twoSided = Figures.showsBothSides(view);
                FigureRequest shown = request.withSide(shownSide(request.side(), twoSided));
                FigureLegend.draw(g, area.getWidth(), view.name(), muscle, shown,
                        Figures.legendEntries(atlas, request));
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Draws the request's figure (without legend or background) in design units on any Graphics2D: a
     * bitmap for PNGs, a PDF page for the plate book. The caller maps design units to its device; a flipped
     * profile is flipped here. Restores the transform and clip it found.
     */
    public void paint(Graphics2D g, FigureRequest request) {
        Resolved r = resolve(request);
        FigureView view = r.view();
        Muscle muscle = r.muscle();
        AffineTransform before = g.getTransform();
        Shape clip = g.getClip();
        boolean twoSided = Figures.showsBothSides(view);
        if (Figures.flipsWholeFigure(request.side(), twoSided)) {
            g.transform(Figures.mirror(view));
        }
        drawFigure(g, view, muscle, request);
        if (request.painted() != null) {
            request.painted().paint(g);
        }
        g.setTransform(before);
        g.setClip(clip);
    }

    /** A request's view and muscle (null for none). */
    private record Resolved(FigureView view, Muscle muscle) {
    }

    /** The request's view and muscle; an unknown view, muscle or pain region is refused. */
    private Resolved resolve(FigureRequest request) {
        FigureView view = atlas.view(request.viewId())
                .orElseThrow(() -> new IllegalArgumentException("no view \"" + request.viewId() + "\""));
        Muscle muscle = request.muscleId() == null ? null : atlas.muscle(request.muscleId())
                .orElseThrow(() -> new IllegalArgumentException("no muscle \"" + request.muscleId() + "\""));
        request.painRegions().forEach(id -> atlas.region(id)
                .orElseThrow(() -> new IllegalArgumentException("no pain region \"" + id + "\"")));
        return new Resolved(view, muscle);
    }

    /** A profile view cannot show both sides at once: it shows the right, and its legend says so. */
    static Side shownSide(Side side, boolean twoSided) {
        return !twoSided && side == Side.BOTH ? Side.RIGHT : side;
    }

    /**
     * The figure is the screen's scene: the same shapes in the same order with the same roles, painted
     * in the palette's colours. The layer is the request's, else the muscle's own.
     */
    private void drawFigure(Graphics2D g, FigureView view, Muscle muscle, FigureRequest request) {
        Layer layer = request.layer() != null ? request.layer() : view.shapesOf(muscle == null ? "" : muscle.id())
                .stream().map(MuscleShape::layer).findFirst().orElse(Layer.SUPERFICIAL);
        List<SceneShape> scene = FigureScene.of(atlas, view, layer, muscle == null ? null : muscle.id(),
                request.side(), request.painRegions(), request.triggerPoint());
        ScenePainter.paint(g, scene, Figures.mirror(view), this::path);
    }

    /**
     * The largest scale (at most 16, in steps of 0.1) at which the view, with its legend if asked,
     * stays within {@value #MAX_PIXELS} pixels: about 9.6 for a 432 x 682 view with its legend.
     */
    public static double maxScale(FigureView view, boolean legend) {
        double w = view.viewBox().width();
        double h = view.viewBox().height() + (legend ? FigureLegend.height(w) : 0);
        return Math.min(16, Math.floor(Math.sqrt(MAX_PIXELS / (w * h)) * 10) / 10);
    }

    /** Writes a PNG atomically: a reader never sees a half-written file, a failure leaves none. */
    public static void writePng(BufferedImage image, Path target) throws IOException {
        AtomicFiles.write(target, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }
}
