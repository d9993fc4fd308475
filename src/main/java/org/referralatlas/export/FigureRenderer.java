package org.referralatlas.export;

import org.referralatlas.io.AtomicFiles;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.referralatlas.model.ArtKind;
import org.referralatlas.model.ArtShape;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.FigureView;
import org.referralatlas.model.Layer;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.MuscleShape;
import org.referralatlas.model.PainRegion;
import org.referralatlas.model.Point;
import org.referralatlas.model.ReferralZone;
import org.referralatlas.model.Side;
import org.referralatlas.model.TriggerPoint;
import org.referralatlas.model.ViewBox;
import org.referralatlas.model.ZoneKind;

/**
 * Draws a figure view with Java2D, without JavaFX and without a display ({@code java.awt.headless=true}):
 * base art, the muscles of one layer, the selected muscle emphasised, its referral zones (essential solid,
 * spillover stippled with a dashed outline), its trigger points as X marks, optional pain regions, and a
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
        FigureView view = atlas.view(request.viewId())
                .orElseThrow(() -> new IllegalArgumentException("no view \"" + request.viewId() + "\""));
        Muscle muscle = request.muscleId() == null ? null : atlas.muscle(request.muscleId())
                .orElseThrow(() -> new IllegalArgumentException("no muscle \"" + request.muscleId() + "\""));
        request.painRegions().forEach(id -> atlas.region(id)
                .orElseThrow(() -> new IllegalArgumentException("no pain region \"" + id + "\"")));
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
            paint(g, request);
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
        FigureView view = atlas.view(request.viewId())
                .orElseThrow(() -> new IllegalArgumentException("no view \"" + request.viewId() + "\""));
        Muscle muscle = request.muscleId() == null ? null : atlas.muscle(request.muscleId())
                .orElseThrow(() -> new IllegalArgumentException("no muscle \"" + request.muscleId() + "\""));
        List<PainRegion> regions = request.painRegions().stream().map(id -> atlas.region(id)
                .orElseThrow(() -> new IllegalArgumentException("no pain region \"" + id + "\""))).toList();
        AffineTransform before = g.getTransform();
        Shape clip = g.getClip();
        boolean twoSided = Figures.showsBothSides(view);
        if (Figures.flipsWholeFigure(request.side(), twoSided)) {
            g.transform(Figures.mirror(view));
        }
        drawFigure(g, view, muscle, regions, request, twoSided);
        if (request.painted() != null) {
            drawPainted(g, request.painted());
        }
        g.setTransform(before);
        g.setClip(clip);
    }

    /** A profile view cannot show both sides at once: it shows the right, and its legend says so. */
    static Side shownSide(Side side, boolean twoSided) {
        return !twoSided && side == Side.BOTH ? Side.RIGHT : side;
    }

    private void drawFigure(Graphics2D g, FigureView view, Muscle muscle, List<PainRegion> regions,
                            FigureRequest request, boolean twoSided) {
        Layer layer = request.layer() != null ? request.layer() : view.shapesOf(muscle == null ? "" : muscle.id())
                .stream().map(MuscleShape::layer).findFirst().orElse(Layer.SUPERFICIAL);
        drawArt(g, view, layer, false);
        List<AffineTransform> chosen = Figures.sideCopies(view, request.side(), twoSided);
        for (MuscleShape shape : view.muscles()) {
            boolean selected = muscle != null && shape.muscle().equals(muscle.id());
            if (shape.layer() != layer || selected) {
                continue;
            }
            drawMuscle(g, shape, new AffineTransform(), false);
            if (shape.bilateral() && twoSided) {
                drawMuscle(g, shape, Figures.mirror(view), false);
            }
        }
        drawArt(g, view, layer, true);
        for (PainRegion region : regions) {
            for (AffineTransform copy : Figures.isMidline(region) ? List.of(new AffineTransform()) : chosen) {
                for (String data : region.shapesIn(view.id())) {
                    Shape s = copy.createTransformedShape(path(data));
                    g.setColor(FigureStyle.PAIN_TINT);
                    g.fill(s);
                    g.setColor(FigureStyle.PAIN);
                    g.setStroke(FigureStyle.DASHED);
                    g.draw(s);
                }
            }
        }
        if (muscle == null) {
            return;
        }
        // The selected muscle is drawn whatever the layer, so its pattern always has its muscle beside it.
        for (MuscleShape shape : view.shapesOf(muscle.id())) {
            if (shape.bilateral() && twoSided) {
                for (AffineTransform copy : List.of(new AffineTransform(), Figures.mirror(view))) {
                    drawMuscle(g, shape, copy, chosen.stream().anyMatch(c -> c.equals(copy)));
                }
            } else {
                drawMuscle(g, shape, new AffineTransform(), true);
            }
        }
        List<TriggerPoint> shown = Figures.shownTriggerPoints(muscle, request);
        for (AffineTransform copy : chosen) {
            drawPattern(g, view, shown, copy);
        }
    }

    /** The art of one layer: what lies behind the muscles, or the lines drawn over them (front). */
    private void drawArt(Graphics2D g, FigureView view, Layer layer, boolean front) {
        for (ArtShape art : view.art()) {
            boolean inFront = art.kind() == ArtKind.FEATURE || art.kind() == ArtKind.OUTLINE;
            if (art.shownIn(layer) && inFront == front) {
                drawArt(g, art);
            }
        }
    }

    private void drawArt(Graphics2D g, ArtShape art) {
        Path2D.Double s = path(art.path());
        if (FigureStyle.artFill(art.kind()) != null) {
            g.setColor(FigureStyle.artFill(art.kind()));
            g.fill(s);
        }
        if (art.fibres() != null && !art.fibres().isBlank()) {
            Shape clip = g.getClip();
            g.clip(s);
            g.setColor(FigureStyle.CONTEXT_FIBRE);
            g.setStroke(FigureStyle.FIBRE_STROKE);
            g.draw(path(art.fibres()));
            g.setClip(clip);
        }
        g.setColor(FigureStyle.artLine(art.kind()));
        g.setStroke(FigureStyle.THIN);
        g.draw(s);
    }

    private void drawMuscle(Graphics2D g, MuscleShape shape, AffineTransform copy, boolean selected) {
        Shape s = copy.createTransformedShape(path(shape.path()));
        g.setColor(selected ? FigureStyle.SELECTED : FigureStyle.MUSCLE);
        g.fill(s);
        if (shape.fibres() != null && !shape.fibres().isBlank()) {
            // Fibres are clipped to their muscle, as on screen: a sheet's fibres may overrun its outline.
            Shape clip = g.getClip();
            g.clip(s);
            g.setColor(selected ? FigureStyle.SELECTED_LINE : FigureStyle.FIBRE);
            g.setStroke(FigureStyle.FIBRE_STROKE);
            g.draw(copy.createTransformedShape(path(shape.fibres())));
            g.setClip(clip);
        }
        g.setColor(selected ? FigureStyle.SELECTED_LINE : FigureStyle.MUSCLE_LINE);
        g.setStroke(selected ? FigureStyle.BOLD : FigureStyle.THIN);
        g.draw(s);
    }

    /** Spillover first so that essential zones, drawn solid, stay on top where they overlap. */
    private void drawPattern(Graphics2D g, FigureView view, List<TriggerPoint> shown, AffineTransform copy) {
        for (ZoneKind kind : List.of(ZoneKind.SPILLOVER, ZoneKind.ESSENTIAL)) {
            for (TriggerPoint tp : shown) {
                for (ReferralZone zone : tp.zones(kind)) {
                    for (String data : zone.shapesIn(view.id())) {
                        drawZone(g, copy.createTransformedShape(path(data)), kind);
                    }
                }
            }
        }
        for (TriggerPoint tp : shown) {
            Point p = tp.positions().get(view.id());
            if (p != null) {
                Point2D at = copy.transform(new Point2D.Double(p.x(), p.y()), null);
                FigureStyle.cross(g, at.getX(), at.getY(), FigureStyle.MARK_SIZE);
            }
        }
    }

    /** The patient's drawing over everything, darker where it hurts more, outlined so it reads on any zone. */
    private static void drawPainted(Graphics2D g, PaintedArea painted) {
        for (org.referralatlas.model.Intensity i : org.referralatlas.model.Intensity.values()) {
            g.setColor(FigureStyle.PAINTED[i.ordinal()]);
            g.fill(painted.outline(i));
        }
        g.setColor(FigureStyle.PAINTED_LINE);
        g.setStroke(FigureStyle.THIN);
        g.draw(new java.awt.geom.Area(painted.outline()));
    }

    static void drawZone(Graphics2D g, Shape s, ZoneKind kind) {
        if (kind == ZoneKind.ESSENTIAL) {
            g.setColor(FigureStyle.ESSENTIAL);
            g.fill(s);
            g.setColor(FigureStyle.ZONE_LINE);
            g.setStroke(FigureStyle.ZONE);
        } else {
            g.setColor(FigureStyle.SPILLOVER_TINT);
            g.fill(s);
            FigureStyle.stipple(g, s, FigureStyle.SPILLOVER);
            g.setColor(FigureStyle.ZONE_LINE);
            g.setStroke(FigureStyle.DASHED);
        }
        g.draw(s);
    }

    /** Writes a PNG atomically: a reader never sees a half-written file, a failure leaves none. */
    /**
     * The largest scale (at most 16, in steps of 0.1) at which the view, with its legend if asked,
     * stays within {@value #MAX_PIXELS} pixels: about 9.6 for a 432 x 682 view with its legend.
     */
    public static double maxScale(FigureView view, boolean legend) {
        double w = view.viewBox().width();
        double h = view.viewBox().height() + (legend ? FigureLegend.height(w) : 0);
        return Math.min(16, Math.floor(Math.sqrt(MAX_PIXELS / (w * h)) * 10) / 10);
    }

    public static void writePng(BufferedImage image, Path target) throws IOException {
        AtomicFiles.write(target, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }
}
