package org.referralatlas.scene;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.referralatlas.geometry.Shape;
import org.referralatlas.model.ArtKind;
import org.referralatlas.model.ArtShape;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.FigureView;
import org.referralatlas.model.Laterality;
import org.referralatlas.model.Layer;
import org.referralatlas.model.MuscleShape;
import org.referralatlas.model.PainRegion;
import org.referralatlas.model.Side;

/**
 * A whole figure as a plain list of styled shapes in paint order: the one description the JavaFX body
 * map builds its nodes from and the Java2D export paints, so a figure is the same shapes in the same
 * order with the same roles on screen, in a PNG and in a handout. All geometry comes from the atlas.
 *
 * <p>Paint order: the art behind the muscles (skin, bones, cartilage; and context muscles and tendon
 * sheets on the deep layer); the atlas muscles, deep ones first, each followed by its fibres, with the
 * context sheets between the deep and the superficial muscles on the superficial layer (pectoralis
 * minor lies under pectoralis major); the art in front (features, outlines); on the deep layer the
 * superficial muscles as ghosts; the pain regions; then the selection: the selected muscle's referral
 * zones ({@link PatternScene}), its outline, and its trigger points' marks.
 */
public final class FigureScene {
    /** What a quiz figure keeps: the skin, the face and ears, and the bones that show through. */
    private static final Set<ArtKind> PLAIN_ART = EnumSet.of(ArtKind.SILHOUETTE, ArtKind.BONE, ArtKind.FEATURE);

    private FigureScene() {
    }

    /** The figure of one view and layer with nothing selected or chosen: what the map builds once. */
    public static List<SceneShape> base(Atlas atlas, FigureView view, Layer layer) {
        List<SceneShape> back = new ArrayList<>();
        List<SceneShape> front = new ArrayList<>();
        List<SceneShape> context = new ArrayList<>();
        for (ArtShape art : view.art()) {
            if (!art.shownIn(layer)) {
                continue;
            }
            boolean inFront = art.kind() == ArtKind.FEATURE || art.kind() == ArtKind.OUTLINE;
            boolean sheet = art.kind() == ArtKind.MUSCLE || art.kind() == ArtKind.TENDON;
            art(art, inFront ? front : sheet && layer == Layer.SUPERFICIAL ? context : back);
        }
        List<SceneShape> all = new ArrayList<>(back);
        List<SceneShape> ghosts = new ArrayList<>();
        boolean contextPlaced = false;
        // a muscle drawn in both layers (the rotator cuff behind the deltoid) is drawn once in each: no
        // ghost over it on the deep layer, no hidden deep copy under it on the superficial layer
        Set<String> deep = view.muscles().stream().filter(m -> m.layer() == Layer.DEEP).map(MuscleShape::muscle)
                .collect(Collectors.toSet());
        Set<String> inBoth = view.muscles().stream().filter(m -> m.layer() == Layer.SUPERFICIAL)
                .map(MuscleShape::muscle).filter(deep::contains).collect(Collectors.toSet());
        for (Layer shapeLayer : List.of(Layer.DEEP, Layer.SUPERFICIAL)) {
            for (MuscleShape shape : view.muscles()) {
                if (shape.layer() != shapeLayer) {
                    continue;
                }
                if (shapeLayer == Layer.SUPERFICIAL && !contextPlaced) {
                    all.addAll(context);
                    contextPlaced = true;
                }
                if (inBoth.contains(shape.muscle()) && shapeLayer != layer) {
                    continue;
                }
                boolean ghost = layer == Layer.DEEP && shapeLayer == Layer.SUPERFICIAL;
                muscle(shape, ghost, shape.bilateral() && !view.profile(), ghost ? ghosts : all);
            }
        }
        if (!contextPlaced) {
            all.addAll(context);
        }
        all.addAll(front);
        all.addAll(ghosts);
        all.addAll(regions(atlas, view));
        return all;
    }

    /**
     * The plain figure a quiz is answered on: the skin, the face and ears, and the bones that show
     * through it for orientation; no muscles, tendons, contours or regions.
     */
    public static List<SceneShape> plain(FigureView view) {
        List<SceneShape> shapes = new ArrayList<>();
        for (ArtShape a : view.art()) {
            if (a.shownIn(Layer.SUPERFICIAL) && PLAIN_ART.contains(a.kind())) {
                shapes.add(new SceneShape(artRole(a.kind()), a.path(), null, false, null));
            }
        }
        return shapes;
    }

    /**
     * What a selection adds on top of {@code base}: the selected muscle's referral pattern on the side or
     * sides shown, with the muscle's outline (each of its pickable shapes, also where other muscles or its
     * own zones overlap it) over the zones and under the trigger points' marks; nothing without a selection.
     *
     * @param side         the side shown ({@link Side#BOTH}, or one side; a profile shows one side)
     * @param triggerPoint a trigger point to draw alone, or null for all of the muscle's
     */
    public static List<SceneShape> selection(List<SceneShape> base, Atlas atlas, FigureView view, String muscleId,
                                             Side side, String triggerPoint) {
        List<SceneShape> shapes = new ArrayList<>();
        if (muscleId == null) {
            return shapes;
        }
        boolean right = view.profile() || side != Side.LEFT;
        boolean left = !view.profile() && side != Side.RIGHT;
        atlas.muscle(muscleId).ifPresent(m -> shapes.addAll(PatternScene.of(m, view, triggerPoint, right, left)));
        // the outline goes over the zones (which often lie on the muscle itself, e.g. the infraspinatus's
        // along the medial border of the scapula), so the side with the pattern is outlined in full as the
        // other side is; only the trigger points' X marks stay on top of it
        int marks = 0;
        while (marks < shapes.size() && !shapes.get(marks).role().isTriggerPoint()) {
            marks++;
        }
        List<SceneShape> outline = new ArrayList<>();
        for (SceneShape s : base) {
            if (s.role().isMuscle() && muscleId.equals(s.owner())) {
                outline.add(new SceneShape(Role.SELECTION_OUTLINE, s.path(), null, s.mirrored(), null, muscleId));
            }
        }
        shapes.addAll(marks, outline);
        return shapes;
    }

    /**
     * The whole figure as it stands: the base with the selected muscle and the chosen regions in their
     * roles, then the selection. What the map shows (its pseudo-classes and pattern group) and what an
     * export paints.
     */
    public static List<SceneShape> of(Atlas atlas, FigureView view, Layer layer, String muscleId, Side side,
                                      Collection<String> chosenRegions, String triggerPoint) {
        List<SceneShape> base = base(atlas, view, layer);
        List<SceneShape> all = new ArrayList<>(base.size() + 64);
        for (SceneShape s : base) {
            boolean selected = muscleId != null && muscleId.equals(s.owner()) && s.role().isMuscle();
            boolean chosen = s.role() == Role.REGION && chosenRegions.contains(s.owner());
            all.add(selected ? s.as(s.role().selected()) : chosen ? s.as(s.role().chosen()) : s);
        }
        all.addAll(selection(base, atlas, view, muscleId, side, triggerPoint));
        return all;
    }

    /**
     * The pickable muscles of a base figure in the order Tab and the arrow keys visit them: in rows
     * 40 units high from the top, left to right within a row, by the centre of each muscle's
     * authored shapes.
     */
    public static List<String> keyboardOrder(List<SceneShape> base) {
        Map<String, double[]> centres = new LinkedHashMap<>();
        for (SceneShape s : base) {
            if (s.role().isMuscle()) {
                double[] c = centres.computeIfAbsent(s.owner(), k -> new double[] {Double.MAX_VALUE, Double.MAX_VALUE});
                if (!s.mirrored()) {
                    Shape shape = PatternScene.shapeOf(s.path());
                    c[0] = Math.min(c[0], (shape.minX() + shape.maxX()) / 2);
                    c[1] = Math.min(c[1], (shape.minY() + shape.maxY()) / 2);
                }
            }
        }
        List<String> order = new ArrayList<>(centres.keySet());
        order.sort(Comparator.comparingDouble((String id) -> Math.round(centres.get(id)[1] / 40.0))
                .thenComparingDouble(id -> centres.get(id)[0]));
        return List.copyOf(order);
    }

    /** The role base art of a kind is drawn in. */
    public static Role artRole(ArtKind kind) {
        return switch (kind) {
            case SILHOUETTE -> Role.ART_SILHOUETTE;
            case BONE -> Role.ART_BONE;
            case CARTILAGE -> Role.ART_CARTILAGE;
            case TENDON -> Role.ART_TENDON;
            case MUSCLE -> Role.ART_MUSCLE;
            case FEATURE -> Role.ART_FEATURE;
            case OUTLINE -> Role.ART_OUTLINE;
        };
    }

    private static void art(ArtShape art, List<SceneShape> into) {
        into.add(new SceneShape(artRole(art.kind()), art.path(), null, false, null));
        if (art.fibres() != null && !art.fibres().isBlank()) {
            into.add(new SceneShape(Role.ART_FIBRES, art.fibres(), art.fibresInside() ? null : art.path(), false, null));
        }
    }

    /** A muscle's copies (authored, then mirrored), each body followed by its fibres; a ghost has none. */
    private static void muscle(MuscleShape shape, boolean ghost, boolean mirrorToo, List<SceneShape> into) {
        for (boolean mirrored : mirrorToo ? List.of(false, true) : List.of(false)) {
            Role role = ghost ? Role.GHOST : shape.layer() == Layer.DEEP ? Role.MUSCLE_DEEP : Role.MUSCLE;
            into.add(new SceneShape(role, shape.path(), null, mirrored, null, shape.muscle()));
            if (!ghost && shape.fibres() != null && !shape.fibres().isBlank()) {
                // fibres the generator cut to the muscle need no clip (a mask per node in the software renderer)
                into.add(new SceneShape(Role.FIBRES, shape.fibres(), shape.fibresInside() ? null : shape.path(),
                        mirrored, null));
            }
        }
    }

    /** Every region drawn in the view; a bilateral one twice in a view that shows both sides. */
    private static List<SceneShape> regions(Atlas atlas, FigureView view) {
        List<SceneShape> shapes = new ArrayList<>();
        for (PainRegion region : atlas.regions()) {
            boolean both = region.laterality() == Laterality.BILATERAL && !view.profile();
            for (String data : region.shapesIn(view.id())) {
                for (boolean mirrored : both ? List.of(false, true) : List.of(false)) {
                    shapes.add(new SceneShape(Role.REGION, data, null, mirrored, null, region.id()));
                }
            }
        }
        return shapes;
    }
}
