package org.referralatlas.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.referralatlas.geometry.PathSyntaxException;
import org.referralatlas.geometry.Shape;
import org.referralatlas.geometry.SvgPath;
import org.referralatlas.model.ViewBox;
import org.referralatlas.text.Fuzzy;

/** Geometry checks: SVG path syntax, positions inside the view box, zones that lie in their regions. */
final class GeometryChecks {
    /** Grid resolution used to sample a zone when testing its overlap with its regions. */
    private static final int SAMPLES = 24;

    private final Limits limits;
    private final List<AtlasProblem> problems;
    private final Map<String, Optional<Shape>> cache = new HashMap<>();

    GeometryChecks(Limits limits, List<AtlasProblem> problems) {
        this.limits = limits;
        this.problems = problems;
    }

    /** False for a view box of zero or negative size, which {@link #checkView} reports once. */
    static boolean hasValidBox(Dto.ViewFile view) {
        List<Double> b = view.viewBox();
        return b.get(2) > 0 && b.get(3) > 0 && b.stream().allMatch(d -> Math.abs(d) <= SizeChecks.MAX_COORDINATE)
                && b.get(2) <= SizeChecks.MAX_VIEW_SIDE && b.get(3) <= SizeChecks.MAX_VIEW_SIDE
                && view.midlineX() != null && Double.isFinite(view.midlineX());
    }

    static ViewBox viewBox(Dto.ViewFile view) {
        List<Double> b = view.viewBox();
        return new ViewBox(b.get(0), b.get(1), b.get(2), b.get(3));
    }

    /** Checks one view file; returns the ids of its landmarks. */
    Set<String> checkView(Located<Dto.ViewFile> view, Set<String> muscleIds) {
        Dto.ViewFile v = view.item();
        Map<String, Integer> landmarks = new LinkedHashMap<>();
        // With a broken view box, still collect landmarks and check ids and path syntax: stopping here
        // would turn every landmark of this view into an "unknown landmark" elsewhere.
        ViewBox box = hasValidBox(v) ? viewBox(v) : null;
        if (box == null) {
            if (SizeChecks.checkViewBox(view, problems)) {
                problems.add(view.problem("/viewBox", "view box width and height must be positive"));
            }
        } else if (v.midlineX() < box.x() || v.midlineX() > box.x() + box.width()) {
            problems.add(view.problem("/midlineX", "midline lies outside the view box"));
        }
        for (int i = 0; i < v.landmarks().size(); i++) {
            Dto.LandmarkDto l = v.landmarks().get(i);
            Integer first = landmarks.putIfAbsent(l.id(), i);
            if (first != null) {
                AtlasProblem where = view.problem("/landmarks/" + first + "/id", "");
                problems.add(view.problem("/landmarks/" + i + "/id", "duplicate landmark \"" + l.id()
                        + "\" (first defined at " + where.file() + ":" + where.line() + ")"));
            }
            checkPoint(view, "/landmarks/" + i + "/at", l.at(), v);
        }
        Set<String> artIds = new LinkedHashSet<>();
        for (int i = 0; i < v.art().size(); i++) {
            Dto.ArtDto art = v.art().get(i);
            if (!artIds.add(art.id())) {
                problems.add(view.problem("/art/" + i + "/id", "duplicate art id \"" + art.id() + "\""));
            }
            checkPath(view, "/art/" + i + "/path", art.path(), box);
            if (art.fibres() != null) {
                checkPath(view, "/art/" + i + "/fibres", art.fibres(), box);
            }
        }
        for (int i = 0; i < v.muscles().size(); i++) {
            Dto.MuscleShapeDto shape = v.muscles().get(i);
            if (!muscleIds.contains(shape.muscle())) {
                problems.add(view.problem("/muscles/" + i + "/muscle", "unknown muscle \"" + shape.muscle() + "\""
                        + Fuzzy.closest(shape.muscle(), muscleIds)
                        .map(s -> " (did you mean \"" + s + "\"?)").orElse("")));
            }
            checkPath(view, "/muscles/" + i + "/path", shape.path(), box);
            if (shape.fibres() != null) {
                checkPath(view, "/muscles/" + i + "/fibres", shape.fibres(), box);
            }
        }
        return landmarks.keySet();
    }

    void checkPoint(Located<?> owner, String pointer, List<Double> point, Dto.ViewFile view) {
        if (!hasValidBox(view)) {
            return;
        }
        ViewBox box = viewBox(view);
        if (!box.contains(new org.referralatlas.model.Point(point.get(0), point.get(1)))) {
            problems.add(owner.problem(pointer, "position [" + fmt(point.get(0)) + ", " + fmt(point.get(1))
                    + "] lies outside the view box of view \"" + view.id() + "\""));
        }
    }

    /**
     * Checks every path of a per-view shape map (a region's or a zone's) whose view exists: its
     * syntax, that it stays in the view box, and that it encloses an area, as a region or zone must.
     */
    void checkShapes(Located<?> owner, String pointer, Map<String, List<String>> shapes,
                     Map<String, Located<Dto.ViewFile>> views) {
        shapes.forEach((viewId, paths) -> {
            Located<Dto.ViewFile> view = views.get(viewId);
            if (view != null) {
                ViewBox box = hasValidBox(view.item()) ? viewBox(view.item()) : null;
                for (int i = 0; i < paths.size(); i++) {
                    String at = JsonPaths.child(pointer, viewId) + "/" + i;
                    checkPath(owner, at, paths.get(i), box);
                    if (shape(paths.get(i)).filter(s -> !(s.area() > 0)).isPresent()) {
                        problems.add(owner.problem(at, "shape encloses no area: draw a closed outline, "
                                + "not a line or a point"));
                    }
                }
            }
        });
    }

    /** A path that parsed and encloses an area; otherwise empty (the reason is reported elsewhere). */
    private Optional<Shape> area(String path) {
        return shape(path).filter(s -> s.area() > 0);
    }

    /**
     * A zone must be drawn where it is visible and lie in the regions it names: drawn in every view
     * where one of its regions is drawn, and overlapping at least one named region in each.
     */
    void checkZone(Located<?> owner, String pointer, Dto.ZoneDto zone, List<Dto.RegionDto> named,
                   Map<String, Located<Dto.ViewFile>> views) {
        checkShapes(owner, pointer + "/shapes", zone.shapes(), views);
        if (named.isEmpty() || zone.shapes().values().stream().allMatch(List::isEmpty)) {
            // Already reported as "names no pain region" / "is empty"; any overlap verdict would be an echo.
            return;
        }
        Set<String> regionViews = new LinkedHashSet<>();
        named.forEach(r -> r.shapes().forEach((view, paths) -> {
            // A region drawn in an unknown view is reported at the region; demanding the zone there too is noise.
            if (!paths.isEmpty() && views.containsKey(view)) {
                regionViews.add(view);
            }
        }));
        for (String view : regionViews) {
            if (zone.shapes().getOrDefault(view, List.of()).isEmpty()) {
                problems.add(owner.problem(pointer + "/shapes", "zone is not drawn in view \"" + view
                        + "\", where its region is drawn"));
            }
        }
        zone.shapes().forEach((view, paths) -> {
            List<Shape> regionShapes = new ArrayList<>();
            boolean regionUnusable = false;
            for (Dto.RegionDto r : named) {
                for (String p : r.shapes().getOrDefault(view, List.of())) {
                    Optional<Shape> s = area(p);
                    s.ifPresent(regionShapes::add);
                    regionUnusable |= s.isEmpty();
                }
            }
            if (regionUnusable) {
                // The region's broken or area-less path is reported where it is; an overlap test would mislead.
                return;
            }
            for (int i = 0; i < paths.size(); i++) {
                String at = JsonPaths.child(pointer + "/shapes", view) + "/" + i;
                Optional<Shape> zs = area(paths.get(i));
                if (zs.isEmpty()) {
                    continue;
                }
                if (regionShapes.isEmpty()) {
                    problems.add(owner.problem(at, "zone is drawn in view \"" + view
                            + "\" but none of its regions is drawn there"));
                } else if (!overlaps(zs.get(), regionShapes)) {
                    problems.add(owner.problem(at, "zone shape lies outside every region it names ("
                            + String.join(", ", named.stream().map(Dto.RegionDto::id).toList()) + ")"));
                }
            }
        });
    }

    private static boolean overlaps(Shape zone, List<Shape> regions) {
        double w = zone.maxX() - zone.minX(), h = zone.maxY() - zone.minY();
        for (int i = 0; i <= SAMPLES; i++) {
            for (int j = 0; j <= SAMPLES; j++) {
                double x = zone.minX() + w * i / SAMPLES, y = zone.minY() + h * j / SAMPLES;
                if (zone.contains(x, y) && regions.stream().anyMatch(r -> r.contains(x, y))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Checks path syntax, and when {@code box} is known (not null) that the path stays inside it. */
    private void checkPath(Located<?> owner, String pointer, String path, ViewBox box) {
        Optional<Shape> shape = shape(path);
        if (shape.isEmpty()) {
            try {
                SvgPath.flatten(path, limits.maxPathPoints());
            } catch (PathSyntaxException e) {
                problems.add(owner.problem(pointer, e.tooManyPoints() ? e.getMessage()
                        : "malformed SVG path data at character " + (e.offset() + 1) + ": " + e.getMessage()));
            }
            return;
        }
        if (box == null) {
            return;
        }
        double slack = 0.5;
        boolean inside = shape.get().allVerticesMatch((x, y) -> x >= box.x() - slack && y >= box.y() - slack
                && x <= box.x() + box.width() + slack && y <= box.y() + box.height() + slack);
        if (!inside) {
            problems.add(owner.problem(pointer, "path reaches outside the view box (its bounds are "
                    + fmt(shape.get().minX()) + "," + fmt(shape.get().minY()) + " to " + fmt(shape.get().maxX())
                    + "," + fmt(shape.get().maxY()) + ")"));
        }
    }

    private Optional<Shape> shape(String path) {
        return cache.computeIfAbsent(path, p -> {
            try {
                return Optional.of(SvgPath.shape(p, limits.maxPathPoints()));
            } catch (PathSyntaxException e) {
                return Optional.empty();
            }
        });
    }

    private static String fmt(double d) {
        if (Math.abs(d) >= 1e15 || !Double.isFinite(d)) {
            // (long) would clamp a huge or infinite number (1e400 in JSON) to a misleading 9223372036854775807.
            return String.valueOf(d);
        }
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(java.util.Locale.ROOT, "%.1f", d);
    }
}
