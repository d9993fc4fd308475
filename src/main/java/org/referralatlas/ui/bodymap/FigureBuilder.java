package org.referralatlas.ui.bodymap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.SVGPath;
import javafx.scene.transform.Scale;
import org.referralatlas.geometry.PathSyntaxException;
import org.referralatlas.geometry.Shape;
import org.referralatlas.geometry.SvgPath;
import org.referralatlas.model.ArtKind;
import org.referralatlas.model.ArtShape;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.FigureView;
import org.referralatlas.model.Laterality;
import org.referralatlas.model.Layer;
import org.referralatlas.model.MuscleShape;
import org.referralatlas.model.PainRegion;

/**
 * Builds the nodes of one figure view: art behind the muscles (skin, bones, cartilage), the
 * muscles with their fibres, art in front (features, outlines), ghosts of superficial muscles on
 * the deep layer, and the pain regions. All geometry comes from the atlas.
 */
final class FigureBuilder {
    private FigureBuilder() {
    }

    static Figure build(Atlas atlas, FigureView view, Layer layer) {
        boolean profile = isProfile(view);
        Group back = new Group();
        Group front = new Group();
        // Context muscles and tendon sheets (pectoralis major, the galea...) cover the deep atlas muscles that
        // show in the superficial layer (pectoralis minor lies under pectoralis major); in the deep layer
        // they stay behind them.
        Group context = new Group();
        for (ArtShape art : view.art()) {
            if (!art.shownIn(layer)) {
                continue;
            }
            SVGPath node = path(art.path(), BodyMapCss.ART, BodyMapCss.ART_PREFIX + art.kind().id());
            node.setMouseTransparent(true);
            boolean inFront = art.kind() == ArtKind.FEATURE || art.kind() == ArtKind.OUTLINE;
            boolean sheet = art.kind() == ArtKind.MUSCLE || art.kind() == ArtKind.TENDON;
            boolean overDeep = sheet && layer == Layer.SUPERFICIAL;
            Group group = inFront ? front : overDeep ? context : back;
            group.getChildren().add(node);
            if (art.fibres() != null && !art.fibres().isBlank()) {
                SVGPath fibres = path(art.fibres(), BodyMapCss.FIBRES, BodyMapCss.ART_FIBRES);
                fibres.setMouseTransparent(true);
                fibres.setClip(path(art.path()));
                group.getChildren().add(fibres);
            }
        }

        Group muscles = new Group();
        Group ghosts = new Group();
        Map<String, List<SVGPath>> muscleNodes = new LinkedHashMap<>();
        Map<String, Double> centreY = new LinkedHashMap<>();
        Map<String, Double> centreX = new LinkedHashMap<>();
        List<MuscleShape> ordered = new ArrayList<>();
        view.muscles().stream().filter(m -> m.layer() == Layer.DEEP).forEach(ordered::add);
        view.muscles().stream().filter(m -> m.layer() == Layer.SUPERFICIAL).forEach(ordered::add);
        for (MuscleShape shape : ordered) {
            if (shape.layer() == Layer.SUPERFICIAL && context.getParent() == null) {
                muscles.getChildren().add(context);
            }
            boolean ghost = layer == Layer.DEEP && shape.layer() == Layer.SUPERFICIAL;
            boolean mirrorToo = shape.bilateral() && !profile;
            String name = atlas.muscle(shape.muscle()).map(m -> m.name()).orElse(shape.muscle());
            String pattern = atlas.muscle(shape.muscle()).map(m -> PatternDescription.of(atlas, m))
                    .orElse(BodyMapText.get("bodymap.accessible.help"));
            for (int copy = 0; copy < (mirrorToo ? 2 : 1); copy++) {
                boolean mirror = copy == 1;
                SVGPath body = path(shape.path(), ghost ? BodyMapCss.GHOST : BodyMapCss.MUSCLE);
                body.setUserData(shape.muscle());
                if (mirror) {
                    body.getStyleClass().add(BodyMapCss.MUSCLE_MIRROR);
                    mirror(body, view.midlineX());
                }
                if (ghost) {
                    body.setMouseTransparent(true);
                    ghosts.getChildren().add(body);
                    continue;
                }
                if (shape.layer() == Layer.DEEP) {
                    body.getStyleClass().add(BodyMapCss.MUSCLE_DEEP);
                }
                if (!mirror && !muscleNodes.containsKey(shape.muscle())) {
                    body.setId(shape.muscle());
                }
                body.setAccessibleRole(AccessibleRole.BUTTON);
                body.setAccessibleText(mirror ? BodyMapText.get("bodymap.accessible.leftSide", name) : name);
                body.setAccessibleHelp(pattern);
                muscles.getChildren().add(body);
                muscleNodes.computeIfAbsent(shape.muscle(), k -> new ArrayList<>()).add(body);
                if (shape.fibres() != null && !shape.fibres().isBlank()) {
                    SVGPath fibres = path(shape.fibres(), BodyMapCss.FIBRES);
                    fibres.setMouseTransparent(true);
                    fibres.setClip(path(shape.path()));
                    if (mirror) {
                        mirror(fibres, view.midlineX());
                    }
                    muscles.getChildren().add(fibres);
                }
                if (!mirror) {
                    Shape s = shapeOf(shape.path());
                    centreY.merge(shape.muscle(), (s.minY() + s.maxY()) / 2, Math::min);
                    centreX.merge(shape.muscle(), (s.minX() + s.maxX()) / 2, Math::min);
                }
            }
        }
        if (context.getParent() == null) {
            muscles.getChildren().add(context);
        }
        List<String> keyboardOrder = new ArrayList<>(muscleNodes.keySet());
        keyboardOrder.sort(Comparator.comparingDouble((String id) -> Math.round(centreY.get(id) / 40.0))
                .thenComparingDouble(centreX::get));

        Group regions = new Group();
        Map<String, List<SVGPath>> regionNodes = new LinkedHashMap<>();
        for (PainRegion region : atlas.regions()) {
            for (String data : region.shapesIn(view.id())) {
                boolean both = region.laterality() == Laterality.BILATERAL && !profile;
                for (int copy = 0; copy < (both ? 2 : 1); copy++) {
                    SVGPath node = path(data, BodyMapCss.REGION);
                    node.setMouseTransparent(true);
                    if (copy == 1) {
                        mirror(node, view.midlineX());
                    }
                    regions.getChildren().add(node);
                    regionNodes.computeIfAbsent(region.id(), k -> new ArrayList<>()).add(node);
                }
            }
        }
        Group pattern = new Group();
        pattern.setMouseTransparent(true);
        Group root = new Group(back, muscles, front, ghosts, regions, pattern);
        return new Figure(root, muscleNodes, List.copyOf(keyboardOrder), regionNodes, pattern, profile);
    }

    /**
     * The plain figure a quiz is answered on: the skin, the face and ears, and the bones that show
     * through it (dashed by the quiz style) for orientation; no muscles, tendons, contours or regions.
     */
    static Figure buildPlain(FigureView view) {
        Group art = new Group();
        for (ArtShape a : view.art()) {
            if (a.shownIn(Layer.SUPERFICIAL) && PLAIN_ART.contains(a.kind())) {
                SVGPath node = path(a.path(), BodyMapCss.ART, BodyMapCss.ART_PREFIX + a.kind().id());
                node.setMouseTransparent(true);
                art.getChildren().add(node);
            }
        }
        Group pattern = new Group();
        pattern.setMouseTransparent(true);
        return new Figure(new Group(art, pattern), Map.of(), List.of(), Map.of(), pattern, isProfile(view));
    }

    private static final java.util.Set<ArtKind> PLAIN_ART = java.util.EnumSet.of(ArtKind.SILHOUETTE, ArtKind.BONE,
            ArtKind.FEATURE);

    /**
     * A profile (lateral) view shows one side only: bilateral shapes get no mirror copy, and the
     * left side is shown by mirroring the whole figure. The atlas format has no flag for this yet,
     * so a view whose id names it lateral is a profile.
     */
    static boolean isProfile(FigureView view) {
        return view.profile();
    }

    static SVGPath path(String data, String... styleClasses) {
        SVGPath node = new SVGPath();
        node.setContent(data);
        node.getStyleClass().addAll(styleClasses);
        return node;
    }

    static void mirror(Node node, double axisX) {
        node.getTransforms().add(new Scale(-1, 1, axisX, 0));
    }

    static Shape shapeOf(String data) {
        try {
            return SvgPath.shape(data, 4000);
        } catch (PathSyntaxException e) {
            throw new IllegalArgumentException("bad path in a validated atlas: " + data, e);
        }
    }
}
