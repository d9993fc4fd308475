package org.referralatlas.ui.bodymap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.SVGPath;
import org.referralatlas.geometry.Shape;
import org.referralatlas.model.FigureView;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.Point;
import org.referralatlas.model.ReferralZone;
import org.referralatlas.model.Side;
import org.referralatlas.model.TriggerPoint;
import org.referralatlas.model.ZoneKind;

/**
 * Builds a muscle's referral pattern in one view: spillover zones stippled with a dashed outline,
 * essential zones solid with a solid outline, trigger points as X marks on top. Authored on the
 * patient's right; mirrored for the left side.
 */
final class PatternBuilder {
    /** Distance between stipple dots, in design units. */
    static final double STIPPLE_STEP = 5;
    static final double STIPPLE_DOT = 0.9;
    static final double MARK_HALF = 6;

    private PatternBuilder() {
    }

    /** The pattern of every trigger point, or only of {@code onlyTriggerPoint} when it is one of the muscle's. */
    static List<Node> build(Muscle muscle, FigureView view, Side side, boolean profile, String onlyTriggerPoint) {
        List<Node> spill = new ArrayList<>();
        List<Node> essential = new ArrayList<>();
        List<Node> marks = new ArrayList<>();
        boolean right = profile || side != Side.LEFT;
        boolean left = !profile && side != Side.RIGHT;
        boolean focused = muscle.triggerPoints().stream().anyMatch(tp -> tp.id().equals(onlyTriggerPoint));
        for (TriggerPoint tp : muscle.triggerPoints()) {
            if (focused && !tp.id().equals(onlyTriggerPoint)) {
                continue;
            }
            for (ReferralZone zone : tp.zones()) {
                for (String data : zone.shapesIn(view.id())) {
                    List<Node> target = zone.kind() == ZoneKind.ESSENTIAL ? essential : spill;
                    if (right) {
                        target.add(zone(data, zone.kind(), null));
                    }
                    if (left) {
                        target.add(zone(data, zone.kind(), view));
                    }
                }
            }
            Point at = tp.positions().get(view.id());
            if (at != null) {
                if (right) {
                    marks.add(mark(at, tp));
                }
                if (left) {
                    marks.add(mark(at.mirroredAbout(view.midlineX()), tp));
                }
            }
        }
        List<Node> all = new ArrayList<>(spill);
        all.addAll(essential);
        all.addAll(marks);
        return all;
    }

    /** One zone as the atlas draws it; mirrored about the view's midline when {@code mirrorIn} is given. */
    static Node zone(String data, ZoneKind kind, FigureView mirrorIn) {
        Node node;
        if (kind == ZoneKind.ESSENTIAL) {
            node = FigureBuilder.path(data, BodyMapCss.ZONE_ESSENTIAL);
        } else {
            SVGPath dots = FigureBuilder.path(stipple(FigureBuilder.shapeOf(data)), BodyMapCss.ZONE_STIPPLE);
            dots.setClip(FigureBuilder.path(data));
            node = new Group(dots, FigureBuilder.path(data, BodyMapCss.ZONE_SPILLOVER));
        }
        if (mirrorIn != null) {
            FigureBuilder.mirror(node, mirrorIn.midlineX());
        }
        return node;
    }

    /** Round dots on a staggered grid over the shape's bounds; the caller clips them to the shape. */
    static String stipple(Shape bounds) {
        StringBuilder sb = new StringBuilder();
        int row = 0;
        for (double y = bounds.minY(); y <= bounds.maxY(); y += STIPPLE_STEP * 0.87, row++) {
            double x0 = bounds.minX() + (row % 2 == 0 ? 0 : STIPPLE_STEP / 2);
            for (double x = x0; x <= bounds.maxX(); x += STIPPLE_STEP) {
                if (!bounds.contains(x, y)) {
                    continue;
                }
                sb.append(PathData.circle(x, y, STIPPLE_DOT / 2));
            }
        }
        return sb.length() == 0 ? "M0,0" : sb.toString();
    }

    private static Node mark(Point at, TriggerPoint tp) {
        return mark(at, tp.label() != null ? tp.label() : String.valueOf(tp.number()));
    }

    /** The X mark of a trigger point, named for a screen reader. */
    static Node mark(Point at, String label) {
        String data = String.format(Locale.ROOT, "M%.1f,%.1fL%.1f,%.1fM%.1f,%.1fL%.1f,%.1f",
                at.x() - MARK_HALF, at.y() - MARK_HALF, at.x() + MARK_HALF, at.y() + MARK_HALF,
                at.x() - MARK_HALF, at.y() + MARK_HALF, at.x() + MARK_HALF, at.y() - MARK_HALF);
        Group mark = new Group(FigureBuilder.path(data, BodyMapCss.TRIGGER_POINT_HALO),
                FigureBuilder.path(data, BodyMapCss.TRIGGER_POINT));
        mark.setAccessibleRole(AccessibleRole.TEXT);
        mark.setAccessibleText(BodyMapText.get("bodymap.accessible.triggerPoint", label));
        return mark;
    }
}
