package org.referralatlas.study;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.FigureView;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.PainRegion;
import org.referralatlas.model.Point;
import org.referralatlas.model.ReferralZone;
import org.referralatlas.model.TriggerPoint;
import org.referralatlas.model.ZoneKind;

/**
 * Makes a {@link Question} for a {@link Card}. Deterministic: the same atlas, card and seeded
 * {@link Random} give the same question, so a class can replay a quiz and tests can pin one.
 * Every choice iterates atlas order (never a hash map's), so the sequence of random draws is stable.
 *
 * <h2>Distractors (name the muscle)</h2>
 * Up to three, drawn at random among the muscles that share at least one region with the shown
 * pattern (so the pattern alone, not the body area, must decide), leaving out muscles with a trigger
 * point whose regions are exactly the shown ones (the question would have two right answers).
 * When fewer than three share a region, the rest are drawn among the other muscles.
 *
 * <h2>Region &rarr; muscles</h2>
 * The options are every muscle that refers to the region plus distractors (muscles that refer to
 * other regions of the same body area first), up to {@value #REGION_OPTIONS} options in all, shuffled;
 * always at least {@value #MIN_REGION_DISTRACTORS} distractors where the atlas has them, and at most
 * {@value #MAX_REGION_OPTIONS} options (a sample of the right muscles when many refer there).
 */
public final class QuestionGenerator {
    /** Options of a name-the-muscle question: one answer and three distractors. */
    public static final int CHOICES = 4;
    /** Options of a region question when there are few correct muscles; fits the 1-9 keys. */
    public static final int REGION_OPTIONS = 6;
    /** A region question always has wrong options too: "pick every muscle" must not mean "pick all". */
    public static final int MIN_REGION_DISTRACTORS = 2;
    /** The most options a region question shows: keys 1-9 and 0 for the tenth. */
    public static final int MAX_REGION_OPTIONS = 10;

    private final Atlas atlas;
    private final PatternIndex index;

    public QuestionGenerator(Atlas atlas) {
        this.atlas = atlas;
        this.index = new PatternIndex(atlas);
    }

    /** True when the atlas holds what the card needs (a drawn pattern, a placed trigger point ...). */
    public boolean canAsk(Card card) {
        return switch (card.kind()) {
            case NAME_THE_MUSCLE -> atlas.muscles().size() >= 2 && !drawnPatterns(card.subject()).isEmpty();
            case MARK_ZONES -> !drawnPatterns(card.subject()).isEmpty();
            case FIND_TRIGGER_POINT -> !viewsWithTriggerPoints(card.subject()).isEmpty();
            case REGION_MUSCLES -> !index.musclesReferringTo(card.subject()).isEmpty()
                    && !regionViews(card.subject()).isEmpty();
        };
    }

    /** A question for the card; throws IllegalArgumentException when {@link #canAsk} is false. */
    public Question generate(Card card, Random random) {
        if (!canAsk(card)) {
            throw new IllegalArgumentException("the atlas cannot ask " + card.id());
        }
        return switch (card.kind()) {
            case NAME_THE_MUSCLE -> nameTheMuscle(card, random);
            case MARK_ZONES -> markZones(card, random);
            case FIND_TRIGGER_POINT -> findTriggerPoint(card, random);
            case REGION_MUSCLES -> regionMuscles(card, random);
        };
    }

    private Question.NameTheMuscle nameTheMuscle(Card card, Random random) {
        DrawnPattern shown = pick(drawnPatterns(card.subject()), random);
        Set<String> regions = PatternIndex.regionsOf(shown.triggerPoint());
        List<Muscle> sharing = new ArrayList<>();
        List<Muscle> others = new ArrayList<>();
        for (Muscle m : atlas.muscles()) {
            if (m.id().equals(card.subject()) || index.hasPatternEqualTo(m, regions)) {
                continue;
            }
            (Collections.disjoint(index.regionsOf(m.id()), regions) ? others : sharing).add(m);
        }
        List<Muscle> options = new ArrayList<>(drawUpTo(sharing, CHOICES - 1, random));
        options.addAll(drawUpTo(others, CHOICES - 1 - options.size(), random));
        Muscle answer = atlas.muscle(card.subject()).orElseThrow();
        options.add(answer);
        Collections.shuffle(options, random);
        return new Question.NameTheMuscle(card, shown.viewId(), shown.triggerPoint().id(),
                shown.shapes(ZoneKind.ESSENTIAL), shown.shapes(ZoneKind.SPILLOVER), List.copyOf(regions),
                options.stream().map(m -> new Option(m.id(), m.name())).toList(), options.indexOf(answer));
    }

    private Question.MarkZones markZones(Card card, Random random) {
        Muscle muscle = atlas.muscle(card.subject()).orElseThrow();
        DrawnPattern p = pick(drawnPatterns(card.subject()), random);
        String label = muscle.triggerPoints().size() > 1 ? triggerPointLabel(p.triggerPoint()) : "";
        return new Question.MarkZones(card, p.viewId(), muscle.name(), p.triggerPoint().id(), label,
                p.shapes(ZoneKind.ESSENTIAL), p.shapes(ZoneKind.SPILLOVER));
    }

    private Question.FindTriggerPoint findTriggerPoint(Card card, Random random) {
        Muscle muscle = atlas.muscle(card.subject()).orElseThrow();
        String view = pick(viewsWithTriggerPoints(card.subject()), random);
        List<Question.Target> targets = muscle.triggerPoints().stream()
                .filter(tp -> tp.positions().containsKey(view))
                .map(tp -> new Question.Target(tp.id(), triggerPointLabel(tp), tp.positions().get(view)))
                .toList();
        return new Question.FindTriggerPoint(card, view, muscle.name(), targets);
    }

    private Question.RegionMuscles regionMuscles(Card card, Random random) {
        PainRegion region = atlas.region(card.subject()).orElseThrow();
        String view = pick(regionViews(region.id()), random);
        Set<String> correct = index.musclesReferringTo(region.id());
        List<Muscle> nearby = new ArrayList<>();
        List<Muscle> far = new ArrayList<>();
        for (Muscle m : atlas.muscles()) {
            if (!correct.contains(m.id())) {
                boolean sameArea = index.regionsOf(m.id()).stream()
                        .anyMatch(r -> atlas.region(r).map(PainRegion::area).orElse("").equals(region.area()));
                (sameArea ? nearby : far).add(m);
            }
        }
        int wanted = Math.max(MIN_REGION_DISTRACTORS, REGION_OPTIONS - correct.size());
        List<Muscle> options = new ArrayList<>(drawUpTo(nearby, wanted, random));
        options.addAll(drawUpTo(far, wanted - options.size(), random));
        List<Muscle> right = atlas.muscles().stream().filter(m -> correct.contains(m.id())).toList();
        int room = MAX_REGION_OPTIONS - options.size();
        if (right.size() > room) { // a region many muscles refer to: ask about some of them, all keyable
            right = drawUpTo(new ArrayList<>(right), room, random);
        }
        options.addAll(right);
        Collections.shuffle(options, random);
        Set<String> shownCorrect = right.stream().map(Muscle::id).collect(java.util.stream.Collectors.toSet());
        return new Question.RegionMuscles(card, view, region.name(), region.shapesIn(view),
                options.stream().map(m -> new Option(m.id(), m.name())).toList(), shownCorrect);
    }

    /** A trigger point with its zones drawn in one view. */
    private record DrawnPattern(TriggerPoint triggerPoint, String viewId) {
        List<String> shapes(ZoneKind kind) {
            return triggerPoint.zones(kind).stream().flatMap(z -> z.shapesIn(viewId).stream()).toList();
        }
    }

    /** Every (trigger point, view) of the muscle whose essential zones are drawn in that view. */
    private List<DrawnPattern> drawnPatterns(String muscleId) {
        List<DrawnPattern> patterns = new ArrayList<>();
        for (TriggerPoint tp : atlas.muscle(muscleId).map(Muscle::triggerPoints).orElse(List.of())) {
            for (FigureView view : atlas.views()) {
                if (tp.zones(ZoneKind.ESSENTIAL).stream().anyMatch(z -> !z.shapesIn(view.id()).isEmpty())) {
                    patterns.add(new DrawnPattern(tp, view.id()));
                }
            }
        }
        return patterns;
    }

    private List<String> viewsWithTriggerPoints(String muscleId) {
        Optional<Muscle> muscle = atlas.muscle(muscleId);
        return atlas.views().stream().map(FigureView::id)
                .filter(v -> muscle.stream().flatMap(m -> m.triggerPoints().stream())
                        .anyMatch(tp -> tp.positions().containsKey(v)))
                .toList();
    }

    private List<String> regionViews(String regionId) {
        Optional<PainRegion> region = atlas.region(regionId);
        return atlas.views().stream().map(FigureView::id)
                .filter(v -> region.map(r -> !r.shapesIn(v).isEmpty()).orElse(false))
                .toList();
    }

    private static String triggerPointLabel(TriggerPoint tp) {
        return tp.label() == null || tp.label().isBlank() ? "TrP" + tp.number() : tp.label();
    }

    private static <T> T pick(List<T> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }

    /** Up to n items drawn without replacement, in draw order. */
    private static <T> List<T> drawUpTo(List<T> items, int n, Random random) {
        List<T> pool = new ArrayList<>(items);
        Collections.shuffle(pool, random);
        return List.copyOf(pool.subList(0, Math.max(0, Math.min(n, pool.size()))));
    }

    /** Regions (essential or spillover) per muscle and per region; computed on demand, cheap at atlas sizes. */
    static final class PatternIndex {
        private final Atlas atlas;

        PatternIndex(Atlas atlas) {
            this.atlas = atlas;
        }

        static Set<String> regionsOf(TriggerPoint tp) {
            Set<String> regions = new LinkedHashSet<>();
            for (ReferralZone zone : tp.zones()) {
                regions.addAll(zone.regions());
            }
            return regions;
        }

        Set<String> regionsOf(String muscleId) {
            Set<String> regions = new LinkedHashSet<>();
            atlas.muscle(muscleId).ifPresent(m -> m.triggerPoints().forEach(tp -> regions.addAll(regionsOf(tp))));
            return regions;
        }

        boolean hasPatternEqualTo(Muscle muscle, Set<String> regions) {
            return muscle.triggerPoints().stream().anyMatch(tp -> regionsOf(tp).equals(regions));
        }

        /** Muscle ids, in atlas order, with any zone in the region. */
        Set<String> musclesReferringTo(String regionId) {
            Set<String> ids = new LinkedHashSet<>();
            for (Muscle m : atlas.muscles()) {
                if (regionsOf(m.id()).contains(regionId)) {
                    ids.add(m.id());
                }
            }
            return ids;
        }
    }
}
