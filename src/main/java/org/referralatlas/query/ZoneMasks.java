package org.referralatlas.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.referralatlas.geometry.Mask;
import org.referralatlas.geometry.MaskGrid;
import org.referralatlas.geometry.PathSyntaxException;
import org.referralatlas.geometry.SvgPath;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.FigureView;
import org.referralatlas.model.Laterality;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.PainRegion;
import org.referralatlas.model.ReferralZone;
import org.referralatlas.model.Side;
import org.referralatlas.model.TriggerPoint;
import org.referralatlas.model.ZoneKind;

/**
 * Every referral zone and pain region of an atlas rasterised once per view and per side, so that
 * ranking a drawing is bit counting. Built when an atlas is loaded; immutable afterwards (its masks
 * are {@link Mask#freeze() frozen}). Left-side masks are the mirror images of the authored right-side
 * ones about the view's midline; midline regions are the same on both sides.
 */
public final class ZoneMasks {
    /**
     * One zone of one trigger point, rasterised: {@code mask} its own shapes, {@code extent} those
     * shapes together with the regions it names (what a reason's share is measured on).
     */
    public record ZoneMask(TriggerPoint triggerPoint, ReferralZone zone, Mask mask, Mask extent) {
    }

    /**
     * A muscle's referral pattern on one side in one view, as four disjoint credit levels (a cell counts
     * once, at its best level): its essential zones' shapes ({@code essential}, weight 1), its spillover
     * zones' shapes outside them ({@code spilloverOnly}, ½), the rest of the regions its essential zones
     * name ({@code essentialRegions}, ½) and the rest of the regions its spillover zones name
     * ({@code spilloverRegions}, ¼); see {@link DrawingRanker}.
     */
    public record MusclePattern(Muscle muscle, Side side, String view, Mask essential, Mask spilloverOnly,
                                Mask essentialRegions, Mask spilloverRegions, int essentialCells,
                                List<ZoneMask> zones) {
    }

    private static final int MAX_POINTS = 20_000;

    private final Map<String, MaskGrid> grids = new LinkedHashMap<>();
    private final Map<String, List<MusclePattern>> right = new LinkedHashMap<>();
    private final Map<String, List<MusclePattern>> left = new LinkedHashMap<>();
    /** view → region → [right, left]. */
    private final Map<String, Map<String, Mask[]>> regions = new LinkedHashMap<>();

    private Atlas atlas;

    private ZoneMasks() {
    }

    /** The atlas these masks were rasterised from (its pain guides and groups rank the drawing too). */
    public Atlas atlas() {
        return atlas;
    }

    /** Rasterises an atlas at each view's {@link MaskGrid#defaultCellSize default cell size}. */
    public static ZoneMasks of(Atlas atlas) {
        return of(atlas, Double.NaN);
    }

    /** Rasterises an atlas at one cell size for every view (NaN: each view's default). */
    public static ZoneMasks of(Atlas atlas, double cellSize) {
        ZoneMasks masks = new ZoneMasks();
        masks.atlas = atlas;
        for (FigureView view : atlas.views()) {
            masks.build(atlas, view, cellSize);
        }
        return masks;
    }

    private void build(Atlas atlas, FigureView view, double cellSize) {
        double w = view.viewBox().width();
        double h = view.viewBox().height();
        MaskGrid grid = MaskGrid.over(view.viewBox().x(), view.viewBox().y(), w, h,
                Double.isNaN(cellSize) ? MaskGrid.defaultCellSize(w, h) : cellSize);
        String v = view.id();
        grids.put(v, grid);
        Map<String, Mask[]> byRegion = new LinkedHashMap<>();
        for (PainRegion region : atlas.regions()) {
            if (region.shapesIn(v).isEmpty()) {
                continue;
            }
            Mask mask = rasterise(grid, region.shapesIn(v)).freeze();
            Mask mirrored = region.laterality() == Laterality.MIDLINE ? mask : mask.mirrored(view.midlineX()).freeze();
            byRegion.put(region.id(), new Mask[] {mask, mirrored});
        }
        regions.put(v, byRegion);
        List<MusclePattern> rights = new ArrayList<>(), lefts = new ArrayList<>();
        for (Muscle m : atlas.muscles()) {
            List<ZoneMask> zones = new ArrayList<>(), mirroredZones = new ArrayList<>();
            for (TriggerPoint tp : m.triggerPoints()) {
                for (ReferralZone zone : tp.zones()) {
                    if (zone.shapesIn(v).isEmpty()) {
                        continue;
                    }
                    Mask mask = rasterise(grid, zone.shapesIn(v)).freeze();
                    Mask mirrored = mask.mirrored(view.midlineX()).freeze();
                    zones.add(new ZoneMask(tp, zone, mask, extent(mask, zone, byRegion, 0)));
                    mirroredZones.add(new ZoneMask(tp, zone, mirrored, extent(mirrored, zone, byRegion, 1)));
                }
            }
            if (!zones.isEmpty()) {
                rights.add(pattern(m, Side.RIGHT, v, zones, byRegion, 0));
                lefts.add(pattern(m, Side.LEFT, v, mirroredZones, byRegion, 1));
            }
        }
        right.put(v, List.copyOf(rights));
        left.put(v, List.copyOf(lefts));
    }

    private static Mask extent(Mask shape, ReferralZone zone, Map<String, Mask[]> byRegion, int side) {
        Mask extent = shape.copy();
        for (String region : zone.regions()) {
            Mask[] masks = byRegion.get(region);
            if (masks != null) {
                extent.or(masks[side]);
            }
        }
        return extent.freeze();
    }

    /** Splits a muscle's zones in one view into the four disjoint credit levels; all masks frozen. */
    private static MusclePattern pattern(Muscle m, Side side, String v, List<ZoneMask> zones,
                                         Map<String, Mask[]> byRegion, int index) {
        MaskGrid grid = zones.get(0).mask().grid();
        Mask essential = new Mask(grid), spillover = new Mask(grid);
        Mask essentialRegions = new Mask(grid), spilloverRegions = new Mask(grid);
        for (ZoneMask z : zones) {
            boolean isEssential = z.zone().kind() == ZoneKind.ESSENTIAL;
            (isEssential ? essential : spillover).or(z.mask());
            for (String region : z.zone().regions()) {
                Mask[] masks = byRegion.get(region);
                if (masks != null) {
                    (isEssential ? essentialRegions : spilloverRegions).or(masks[index]);
                }
            }
        }
        // Frozen: the ranker's bit counts then visit only the words a pattern covers.
        spillover.andNot(essential).freeze();
        essentialRegions.andNot(essential).andNot(spillover).freeze();
        spilloverRegions.andNot(essential).andNot(spillover).andNot(essentialRegions).freeze();
        essential.freeze();
        return new MusclePattern(m, side, v, essential, spillover, essentialRegions, spilloverRegions,
                essential.count(), zones);
    }

    private static Mask rasterise(MaskGrid grid, List<String> paths) {
        Mask mask = new Mask(grid);
        for (String path : paths) {
            try {
                mask.add(SvgPath.shape(path, MAX_POINTS));
            } catch (PathSyntaxException e) {
                // The loader has validated every path; an invalid one here is a programming error.
                throw new IllegalStateException("unparsable path in a loaded atlas: " + e.getMessage(), e);
            }
        }
        return mask;
    }

    public Collection<String> viewIds() {
        return grids.keySet();
    }

    /** The grid of a view; empty for a view the atlas does not have. */
    public Optional<MaskGrid> grid(String view) {
        return Optional.ofNullable(grids.get(view));
    }

    /** The patterns drawn in a view for one side ({@code RIGHT} or {@code LEFT}). */
    public List<MusclePattern> patterns(String view, Side side) {
        if (side == Side.BOTH) {
            throw new IllegalArgumentException("patterns are per side: RIGHT or LEFT");
        }
        return (side == Side.RIGHT ? right : left).getOrDefault(view, List.of());
    }

    /** A region's mask in a view on one side ({@code RIGHT} or {@code LEFT}); empty when not drawn there. */
    public Optional<Mask> region(String regionId, String view, Side side) {
        if (side == Side.BOTH) {
            throw new IllegalArgumentException("region masks are per side: RIGHT or LEFT");
        }
        Mask[] masks = regions.getOrDefault(view, Map.of()).get(regionId);
        return masks == null ? Optional.empty() : Optional.of(masks[side == Side.RIGHT ? 0 : 1]);
    }
}
