package org.referralatlas.query;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.referralatlas.geometry.Mask;
import org.referralatlas.geometry.MaskGrid;
import org.referralatlas.model.Intensity;
import org.referralatlas.model.PainDrawing;
import org.referralatlas.model.Point;
import org.referralatlas.model.Side;
import org.referralatlas.model.Stroke;
import org.referralatlas.model.ViewDrawing;

/**
 * A drawing rasterised on the atlas's view grids: per view, one mask per intensity (disjoint: a later
 * stroke paints over an earlier one, whatever their intensities) and their union. Mutable so that a
 * new stroke is painted onto the existing masks instead of replaying the whole drawing.
 */
public final class DrawnMasks {
    /** The layers of one view. */
    static final class ViewLayers {
        final MaskGrid grid;
        Side side;
        final Mask[] layers = new Mask[Intensity.values().length];
        final Mask all;

        ViewLayers(MaskGrid grid, Side side) {
            this.grid = grid;
            this.side = side;
            for (int i = 0; i < layers.length; i++) {
                layers[i] = new Mask(grid);
            }
            all = new Mask(grid);
        }

        ViewLayers copy() {
            ViewLayers c = new ViewLayers(grid, side);
            for (int i = 0; i < layers.length; i++) {
                c.layers[i].assign(layers[i]);
            }
            c.all.assign(all);
            return c;
        }
    }

    private static final int[] WEIGHTS = java.util.Arrays.stream(Intensity.values()).mapToInt(Intensity::weight).toArray();

    private final ZoneMasks zones;
    private final Map<String, ViewLayers> views = new LinkedHashMap<>();

    public DrawnMasks(ZoneMasks zones) {
        this.zones = zones;
    }

    /**
     * Rasterises a whole drawing.
     *
     * @throws IllegalArgumentException when the drawing names a view the atlas does not have
     */
    public static DrawnMasks of(ZoneMasks zones, PainDrawing drawing) {
        DrawnMasks masks = new DrawnMasks(zones);
        for (ViewDrawing view : drawing.views()) {
            masks.setSide(view.view(), view.side());
            for (Stroke stroke : view.strokes()) {
                masks.apply(view.view(), stroke);
            }
        }
        return masks;
    }

    /**
     * The drawing of picking regions: each region's area, at moderate intensity, in every view where
     * the region is drawn, on the given side (both sides for {@code BOTH}). This is how a region pick is
     * ranked with the same scoring as a drawing.
     */
    public static DrawnMasks ofRegions(ZoneMasks zones, Collection<String> regionIds, Side side) {
        DrawnMasks masks = new DrawnMasks(zones);
        List<Side> sides = side == Side.BOTH ? List.of(Side.RIGHT, Side.LEFT) : List.of(side);
        for (String view : zones.viewIds()) {
            for (String region : regionIds) {
                for (Side s : sides) {
                    zones.region(region, view, s).ifPresent(mask -> {
                        masks.setSide(view, side);
                        masks.paint(view, mask, Intensity.MODERATE);
                    });
                }
            }
        }
        return masks;
    }

    private ViewLayers layers(String view) {
        return views.computeIfAbsent(view, v -> new ViewLayers(zones.grid(v).orElseThrow(
                () -> new IllegalArgumentException("the atlas has no view '" + v + "'")), Side.BOTH));
    }

    /** Sets which side a view's drawing is about (see {@link ViewDrawing#side()}). */
    public void setSide(String view, Side side) {
        layers(view).side = side == null ? Side.BOTH : side;
    }

    /** Paints a whole area onto a view at one intensity (over what was there), e.g. a region's fill. */
    public void paint(String view, Mask area, Intensity intensity) {
        ViewLayers l = layers(view);
        for (Mask layer : l.layers) {
            layer.andNot(area);
        }
        l.layers[intensity.ordinal()].or(area);
        l.all.or(area);
    }

    /** Paints (or erases) one stroke onto a view; a painted cell takes the stroke's intensity. */
    public void apply(String view, Stroke stroke) {
        ViewLayers l = layers(view);
        Mask brush = new Mask(l.grid);
        List<Point> pts = stroke.points();
        if (pts.size() == 1) {
            brush.paintDisc(pts.get(0).x(), pts.get(0).y(), stroke.radius());
        }
        for (int i = 1; i < pts.size(); i++) {
            Point a = pts.get(i - 1), b = pts.get(i);
            brush.paintSegment(a.x(), a.y(), b.x(), b.y(), stroke.radius(), false);
        }
        for (Mask layer : l.layers) {
            layer.andNot(brush);
        }
        if (stroke.erase()) {
            l.all.andNot(brush);
        } else {
            l.layers[stroke.intensity().ordinal()].or(brush);
            l.all.or(brush);
        }
    }

    /** Views that have an entry (possibly blank). */
    public Set<String> views() {
        return views.keySet();
    }

    public Side side(String view) {
        ViewLayers l = views.get(view);
        return l == null ? Side.BOTH : l.side;
    }

    /** Every painted cell of a view (an empty mask of the view's grid when nothing is painted there). */
    public Mask all(String view) {
        ViewLayers l = views.get(view);
        return l == null ? new Mask(zones.grid(view).orElseThrow()) : l.all;
    }

    /** The cells of a view painted at one intensity. */
    public Mask layer(String view, Intensity intensity) {
        ViewLayers l = views.get(view);
        return l == null ? new Mask(zones.grid(view).orElseThrow()) : l.layers[intensity.ordinal()];
    }

    /** Σ over intensities of weight × |cells of the drawing ∩ mask| in a view. */
    public long weighted(String view, Mask mask) {
        ViewLayers l = views.get(view);
        if (l == null) {
            return 0;
        }
        return mask.weightedAnd(l.all, l.layers, WEIGHTS);
    }

    /** Σ over intensities of weight × painted cells in a view. */
    public long weighted(String view) {
        ViewLayers l = views.get(view);
        if (l == null) {
            return 0;
        }
        long sum = 0;
        for (Intensity i : Intensity.values()) {
            sum += (long) i.weight() * l.layers[i.ordinal()].count();
        }
        return sum;
    }

    public ZoneMasks zones() {
        return zones;
    }

    /**
     * The view a figure of this drawing should show: {@code preferred} when it is painted, else the view with the
     * most painted cells; null when nothing is painted.
     */
    public String mostPaintedView(String preferred) {
        if (preferred != null && views.containsKey(preferred) && !all(preferred).isEmpty()) {
            return preferred;
        }
        return views.keySet().stream().filter(v -> !all(v).isEmpty())
                .max(java.util.Comparator.comparingInt(v -> all(v).count())).orElse(null);
    }

    /**
     * Of {@code regionIds} (in their order), the pain regions the drawing paints, on the side each view's drawing
     * is about: a region counts when a tenth of a view's painted cells lie in it, or a third of the region is
     * painted (a brush's edge across a neighbouring region does not name it).
     */
    public List<String> paintedRegions(List<String> regionIds) {
        Set<String> painted = new java.util.HashSet<>();
        for (String v : views.keySet()) {
            Mask drawn = all(v);
            int count = drawn.count();
            Side about = side(v);
            for (Side s : about == Side.BOTH ? List.of(Side.RIGHT, Side.LEFT) : List.of(about)) {
                for (String region : regionIds) {
                    zones.region(region, v, s).filter(m -> {
                        int in = m.countAnd(drawn);
                        return in > 0 && (10 * in >= count || 3 * in >= m.count());
                    }).ifPresent(m -> painted.add(region));
                }
            }
        }
        return regionIds.stream().filter(painted::contains).toList();
    }

    /** An independent copy (for undo snapshots). */
    public DrawnMasks copy() {
        DrawnMasks c = new DrawnMasks(zones);
        views.forEach((v, l) -> c.views.put(v, l.copy()));
        return c;
    }
}
