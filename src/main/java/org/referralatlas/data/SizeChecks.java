package org.referralatlas.data;

import java.util.List;
import org.referralatlas.data.AtlasLoader.Located;
import org.referralatlas.geometry.MaskGrid;

/**
 * The bounds other commands rely on, checked by the validator so that whatever {@code validate}
 * accepts every command handles in bounded time and memory:
 * <ul>
 *   <li>a view box of finite numbers, at most {@value #MAX_VIEW_SIDE} design units a side and within
 *   {@value #MAX_COORDINATE} of the origin (figures and ranking grids are sized from it);</li>
 *   <li>at most {@value #MAX_VIEWS} views;</li>
 *   <li>the cell masks the drawing ranker builds (per view: two per region, four per referral zone,
 *   eight per muscle, each a bit per grid cell) within {@value #MAX_MASK_MEGABYTES} MB.</li>
 * </ul>
 * The bundled atlas: view boxes up to 682 units, 3 views, masks a few tens of MB.
 */
final class SizeChecks {
    static final double MAX_VIEW_SIDE = 2000;
    static final double MAX_COORDINATE = 100_000;
    static final int MAX_VIEWS = 16;
    static final long MAX_MASK_MEGABYTES = 384;

    private SizeChecks() {
    }

    /** True when the view box can be used; otherwise a problem is added. */
    static boolean checkViewBox(Located<Dto.ViewFile> view, List<AtlasProblem> problems) {
        List<Double> b = view.item().viewBox();
        for (int i = 0; i < 4; i++) {
            if (!Double.isFinite(b.get(i)) || Math.abs(b.get(i)) > MAX_COORDINATE) {
                problems.add(view.problem("/viewBox/" + i, "view box numbers must be finite and within "
                        + (long) MAX_COORDINATE + " of 0"));
                return false;
            }
        }
        if (b.get(2) > MAX_VIEW_SIDE || b.get(3) > MAX_VIEW_SIDE) {
            problems.add(view.problem("/viewBox", "view box is " + b.get(2) + " x " + b.get(3) + " units; at most "
                    + (long) MAX_VIEW_SIDE + " units a side"));
            return false;
        }
        Double midline = view.item().midlineX();
        if (midline == null || !Double.isFinite(midline)) {
            problems.add(view.problem("/midlineX", "midline must be a finite number"));
            return false;
        }
        return true;
    }

    /** Whole-atlas counts: views, and the memory the drawing ranker's masks will take. */
    static void checkTotals(AtlasLoader.AtlasFiles files, List<Located<Dto.ViewFile>> views,
                            List<Located<Dto.RegionDto>> regions, List<Located<Dto.MuscleDto>> muscles,
                            List<AtlasProblem> problems) {
        if (views.size() > MAX_VIEWS) {
            problems.add(files.manifest().problem("/files/views", "the atlas has " + views.size()
                    + " views; at most " + MAX_VIEWS));
            return;
        }
        // Per view, as ZoneMasks builds them: zones drawn in that view, muscles with such a zone.
        long zones = 0;
        long bits = 0;
        for (Located<Dto.ViewFile> v : views) {
            String id = v.item().id();
            long zonesHere = 0, musclesHere = 0;
            for (Located<Dto.MuscleDto> m : muscles) {
                long before = zonesHere;
                for (Dto.TriggerPointDto tp : nonNull(m.item().triggerPoints())) {
                    if (tp.referral() != null) {
                        for (Dto.ZoneDto z : concat(tp.referral().essential(), tp.referral().spillover())) {
                            zonesHere += z != null && z.shapes() != null && !nonNull(z.shapes().get(id)).isEmpty() ? 1 : 0;
                        }
                    }
                }
                musclesHere += zonesHere > before ? 1 : 0;
            }
            zones += zonesHere;
            List<Double> b = v.item().viewBox();
            if (b.get(2) > 0 && b.get(3) > 0 && b.get(2) <= MAX_VIEW_SIDE && b.get(3) <= MAX_VIEW_SIDE) {
                bits += (long) MaskGrid.over(b.get(0), b.get(1), b.get(2), b.get(3),
                                MaskGrid.defaultCellSize(b.get(2), b.get(3)))
                        .cells() * (2L * regions.size() + 4L * zonesHere + 8L * musclesHere);
            }
        }
        long megabytes = bits / 8 / (1024 * 1024);
        if (megabytes > MAX_MASK_MEGABYTES) {
            problems.add(files.manifest().problem("/files", "the atlas is too large to rank pain drawings: its "
                    + views.size() + " views, " + regions.size() + " regions, " + muscles.size() + " muscles and "
                    + zones + " referral zones need about " + megabytes + " MB of cell masks, more than the limit of "
                    + MAX_MASK_MEGABYTES + " MB"));
        }
    }

    private static List<Dto.ZoneDto> concat(List<Dto.ZoneDto> a, List<Dto.ZoneDto> b) {
        List<Dto.ZoneDto> all = new java.util.ArrayList<>(nonNull(a));
        all.addAll(nonNull(b));
        return all;
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
