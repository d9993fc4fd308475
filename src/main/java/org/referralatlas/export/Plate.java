package org.referralatlas.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.FigureView;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.ReferralZone;
import org.referralatlas.model.TriggerPoint;
import org.referralatlas.model.ZoneKind;

/**
 * One plate of the plate book: a muscle, or one of its trigger points when the muscle's trigger points
 * refer to different places (Travell &amp; Simons draw those one figure each), in the one or two views that
 * show the pattern best.
 *
 * @param muscle       the muscle
 * @param triggerPoint the one trigger point of this plate, or null for all of the muscle's
 * @param views        ids of the views to draw, best first (one or two)
 */
public record Plate(Muscle muscle, TriggerPoint triggerPoint, List<String> views) {
    /** A second view is drawn when it shows at least this share of what the best view shows. */
    static final double SECOND_VIEW_SHARE = 0.3;

    public Plate {
        views = List.copyOf(views);
    }

    /** The trigger points this plate shows. */
    public List<TriggerPoint> triggerPoints() {
        return triggerPoint == null ? muscle.triggerPoints() : List.of(triggerPoint);
    }

    /** "Upper trapezius" or "Masseter, superficial layer - TrP 2". */
    public String title() {
        return triggerPoint == null ? muscle.name() : muscle.name() + " - " + triggerPoint.label();
    }

    /** Ids of the pain regions of the plate's zones of one kind, in the order the atlas gives them. */
    public List<String> regions(ZoneKind kind) {
        Set<String> ids = new LinkedHashSet<>();
        for (TriggerPoint tp : triggerPoints()) {
            tp.zones(kind).forEach(z -> ids.addAll(z.regions()));
        }
        if (kind == ZoneKind.SPILLOVER) {
            ids.removeAll(regions(ZoneKind.ESSENTIAL));
        }
        return List.copyOf(ids);
    }

    /** The plates of the given muscles, in the given order. */
    public static List<Plate> plan(Atlas atlas, Collection<Muscle> muscles) {
        List<Plate> plates = new ArrayList<>();
        for (Muscle m : muscles) {
            if (distinctPatterns(m)) {
                m.triggerPoints().forEach(tp -> plates.add(new Plate(m, tp, views(atlas, m, List.of(tp)))));
            } else {
                plates.add(new Plate(m, null, views(atlas, m, m.triggerPoints())));
            }
        }
        return plates;
    }

    /** Whether two of the muscle's trigger points refer to different regions (or the same ones differently). */
    static boolean distinctPatterns(Muscle m) {
        return m.triggerPoints().stream().map(Plate::patternKey).distinct().count() > 1;
    }

    private static Set<String> patternKey(TriggerPoint tp) {
        Set<String> key = new java.util.TreeSet<>();
        for (ReferralZone z : tp.zones()) {
            z.regions().forEach(r -> key.add(z.kind() + ":" + r));
        }
        return key;
    }

    /**
     * The view that shows the pattern best ({@link Figures#patternScore}, the score the app's best view and
     * the handout use), and a second one when it shows a fair share of the pattern too (another side of it).
     */
    static List<String> views(Atlas atlas, Muscle m, List<TriggerPoint> tps) {
        List<FigureView> ranked = atlas.views().stream()
                .sorted(Comparator.comparingInt((FigureView v) -> -Figures.patternScore(v, m, tps)))
                .toList();
        if (ranked.isEmpty()) {
            throw new IllegalArgumentException("the atlas has no views");
        }
        int best = Figures.patternScore(ranked.get(0), m, tps);
        List<String> chosen = new ArrayList<>(List.of(ranked.get(0).id()));
        if (ranked.size() > 1 && best > 0
                && Figures.patternScore(ranked.get(1), m, tps) >= SECOND_VIEW_SHARE * best
                && zoneShapes(ranked.get(1), tps) > 0) {
            chosen.add(ranked.get(1).id());
        }
        // A plate shows where to find the trigger point: when the pattern's views hold no X mark (the
        // subscapularis refers to the back, its TrPs are reached from the front), the second view is the
        // best one that does.
        if (chosen.stream().noneMatch(v -> marks(v, tps))) {
            ranked.stream().map(FigureView::id).filter(v -> marks(v, tps)).findFirst().ifPresent(v -> {
                if (chosen.size() > 1) {
                    chosen.remove(1);
                }
                chosen.add(v);
            });
        }
        return List.copyOf(chosen);
    }

    private static boolean marks(String viewId, List<TriggerPoint> tps) {
        return tps.stream().anyMatch(tp -> tp.positions().containsKey(viewId));
    }

    private static int zoneShapes(FigureView view, List<TriggerPoint> tps) {
        return tps.stream().flatMap(tp -> tp.zones().stream()).mapToInt(z -> z.shapesIn(view.id()).size()).sum();
    }
}
