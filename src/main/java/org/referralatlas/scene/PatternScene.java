package org.referralatlas.scene;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.referralatlas.geometry.PathSyntaxException;
import org.referralatlas.geometry.Shape;
import org.referralatlas.geometry.SvgPath;
import org.referralatlas.model.FigureView;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.Point;
import org.referralatlas.model.ReferralZone;
import org.referralatlas.model.TriggerPoint;
import org.referralatlas.model.ZoneKind;

/**
 * A muscle's referral pattern in one view as a plain list of styled shapes, in paint order: every
 * spillover zone (stipple dots clipped to the zone, then its dashed outline), every essential zone
 * (solid), then the trigger points' X marks on top. The one description both the JavaFX body map and
 * the Java2D export draw, so the pattern is the same shapes in the same colours everywhere.
 * Authored on the patient's right; the left side's copies are marked {@link SceneShape#mirrored()}.
 */
public final class PatternScene {
    /** Distance between stipple dots, and the dots' diameter, in design units. */
    public static final double STIPPLE_STEP = 5, STIPPLE_DOT = 1.6;
    /** Half the width of a trigger point's X, in design units. */
    public static final double MARK_HALF = 6;
    /** Path data is trusted atlas content, but bound the flattening anyway. */
    private static final int MAX_PATH_POINTS = 4000;

    private PatternScene() {
    }

    /**
     * The pattern of the trigger points shown, on the right copy, the left copy or both.
     *
     * @param only a trigger point id to draw alone (a plate of one trigger point), or null for all
     */
    public static List<SceneShape> of(Muscle muscle, FigureView view, String only, boolean right, boolean left) {
        List<TriggerPoint> shown = shown(muscle, only);
        List<SceneShape> spill = new ArrayList<>();
        List<SceneShape> essential = new ArrayList<>();
        List<SceneShape> marks = new ArrayList<>();
        for (boolean mirrored : copies(right, left)) {
            for (TriggerPoint tp : shown) {
                for (ReferralZone zone : tp.zones()) {
                    for (String data : zone.shapesIn(view.id())) {
                        (zone.kind() == ZoneKind.ESSENTIAL ? essential : spill).addAll(zone(zone.kind(), data, mirrored));
                    }
                }
                Point at = tp.positions().get(view.id());
                if (at != null) {
                    marks.addAll(mark(at, tp.label() != null ? tp.label() : String.valueOf(tp.number()), mirrored));
                }
            }
        }
        List<SceneShape> all = new ArrayList<>(spill);
        all.addAll(essential);
        all.addAll(marks);
        return all;
    }

    /** The muscle's trigger points, or only {@code only} when it is one of them. */
    public static List<TriggerPoint> shown(Muscle muscle, String only) {
        boolean focused = muscle.triggerPoints().stream().anyMatch(tp -> tp.id().equals(only));
        return focused ? muscle.triggerPoints().stream().filter(tp -> tp.id().equals(only)).toList()
                : muscle.triggerPoints();
    }

    private static List<Boolean> copies(boolean right, boolean left) {
        List<Boolean> copies = new ArrayList<>();
        if (right) {
            copies.add(false);
        }
        if (left) {
            copies.add(true);
        }
        return copies;
    }

    /** One zone: essential, a solid shape; spillover, stipple dots clipped to it and a dashed outline. */
    public static List<SceneShape> zone(ZoneKind kind, String data, boolean mirrored) {
        if (kind == ZoneKind.ESSENTIAL) {
            return List.of(new SceneShape(Role.ZONE_ESSENTIAL, data, null, mirrored, null));
        }
        return List.of(new SceneShape(Role.ZONE_STIPPLE, stipple(shapeOf(data)), data, mirrored, null),
                new SceneShape(Role.ZONE_SPILLOVER, data, null, mirrored, null));
    }

    /** A trigger point's X: a white halo, then the black cross. */
    public static List<SceneShape> mark(Point at, String label, boolean mirrored) {
        String data = String.format(Locale.ROOT, "M%.1f,%.1fL%.1f,%.1fM%.1f,%.1fL%.1f,%.1f",
                at.x() - MARK_HALF, at.y() - MARK_HALF, at.x() + MARK_HALF, at.y() + MARK_HALF,
                at.x() - MARK_HALF, at.y() + MARK_HALF, at.x() + MARK_HALF, at.y() - MARK_HALF);
        return List.of(new SceneShape(Role.TRIGGER_POINT_HALO, data, null, mirrored, null),
                new SceneShape(Role.TRIGGER_POINT, data, null, mirrored, label));
    }

    /** Round dots on a staggered grid over the shape, where their centres lie inside it. */
    static String stipple(Shape area) {
        StringBuilder sb = new StringBuilder();
        int row = 0;
        for (double y = area.minY(); y <= area.maxY(); y += STIPPLE_STEP * 0.87, row++) {
            double x0 = area.minX() + (row % 2 == 0 ? 0 : STIPPLE_STEP / 2);
            for (double x = x0; x <= area.maxX(); x += STIPPLE_STEP) {
                if (area.contains(x, y)) {
                    appendCircle(sb, x, y, STIPPLE_DOT / 2);
                }
            }
        }
        return sb.length() == 0 ? "M0,0" : sb.toString();
    }

    /** A closed circle of radius r about (cx, cy), as two arcs. */
    public static String circle(double cx, double cy, double r) {
        return appendCircle(new StringBuilder(64), cx, cy, r).toString();
    }

    /** Appends {@link #circle}'s path: the text {@code "M%.2f,%.2fa%.2f,%.2f 0 1,0 %.2f,0a%.2f,%.2f 0 1,0 -%.2f,0z"}. */
    static StringBuilder appendCircle(StringBuilder sb, double cx, double cy, double r) {
        Fixed2.append(sb.append('M'), cx - r);
        Fixed2.append(sb.append(','), cy);
        Fixed2.append(sb.append('a'), r);
        Fixed2.append(sb.append(','), r);
        Fixed2.append(sb.append(" 0 1,0 "), 2 * r);
        Fixed2.append(sb.append(",0a"), r);
        Fixed2.append(sb.append(','), r);
        return Fixed2.append(sb.append(" 0 1,0 -"), 2 * r).append(",0z");
    }

    /** The shape of validated atlas path data (bad data is a programming error here). */
    public static Shape shapeOf(String data) {
        try {
            return SvgPath.shape(data, MAX_PATH_POINTS);
        } catch (PathSyntaxException e) {
            throw new IllegalArgumentException("bad path in a validated atlas: " + data, e);
        }
    }
}
