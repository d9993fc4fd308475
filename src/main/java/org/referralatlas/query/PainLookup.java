package org.referralatlas.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.ReferralZone;
import org.referralatlas.model.Side;
import org.referralatlas.model.TriggerPoint;
import org.referralatlas.model.ZoneKind;

/**
 * Reverse lookup: from where it hurts to the muscles whose trigger points refer pain there.
 *
 * <h2>Ranking rule</h2>
 * For each chosen region a muscle earns {@value #ESSENTIAL_WEIGHT} when one of its trigger points
 * has an essential zone there, {@value #SPILLOVER_WEIGHT} when only a spillover zone reaches it,
 * and 0 otherwise. Its score is the mean over the chosen regions, so it lies in [0, 1]:
 * <ul>
 *   <li>with one region, every muscle with an essential zone there ranks above every muscle with
 *       only spillover there;</li>
 *   <li>a muscle that explains more of the chosen regions scores higher.</li>
 * </ul>
 * Ties go to the muscle with more essential regions, then more regions explained, then name.
 * Referral is ipsilateral: pain on the patient's left points to the left muscle.
 */
public final class PainLookup {
    public static final double ESSENTIAL_WEIGHT = 1.0;
    public static final double SPILLOVER_WEIGHT = 0.5;

    /** Why a muscle is a candidate: one of its trigger points refers to a chosen region. */
    public record Reason(String region, ZoneKind zone, String triggerPoint, String triggerPointLabel) {
    }

    /** A ranked candidate muscle with its reasons, essential reasons first. */
    public record Candidate(Muscle muscle, double score, int essentialRegions, int regionsExplained,
                            List<Reason> reasons) {
        public Candidate {
            reasons = List.copyOf(reasons);
        }
    }

    /** The query and its ranked answer. */
    public record Result(List<String> regions, Side side, List<Candidate> candidates) {
        public Result {
            regions = List.copyOf(regions);
            candidates = List.copyOf(candidates);
        }
    }

    private record Hit(Muscle muscle, TriggerPoint triggerPoint, ZoneKind kind) {
    }

    private final Map<String, List<Hit>> hitsByRegion = new HashMap<>();

    public PainLookup(Atlas atlas) {
        for (Muscle m : atlas.muscles()) {
            for (TriggerPoint tp : m.triggerPoints()) {
                for (ReferralZone zone : tp.zones()) {
                    for (String region : zone.regions()) {
                        hitsByRegion.computeIfAbsent(region, r -> new ArrayList<>()).add(new Hit(m, tp, zone.kind()));
                    }
                }
            }
        }
    }

    /** Ranks muscles for the given region ids (unknown ids simply match nothing). */
    public Result lookUp(Collection<String> regionIds, Side side) {
        Set<String> regions = new LinkedHashSet<>(regionIds);
        Map<String, Map<String, ZoneKind>> bestByMuscle = new LinkedHashMap<>();
        Map<String, List<Reason>> reasons = new LinkedHashMap<>();
        Map<String, Muscle> muscles = new HashMap<>();
        for (String region : regions) {
            for (Hit hit : hitsByRegion.getOrDefault(region, List.of())) {
                String id = hit.muscle().id();
                muscles.put(id, hit.muscle());
                bestByMuscle.computeIfAbsent(id, k -> new HashMap<>())
                        .merge(region, hit.kind(), (a, b) -> a == ZoneKind.ESSENTIAL ? a : b);
                Reason reason = new Reason(region, hit.kind(), hit.triggerPoint().id(), hit.triggerPoint().label());
                List<Reason> list = reasons.computeIfAbsent(id, k -> new ArrayList<>());
                if (!list.contains(reason)) {
                    list.add(reason);
                }
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        bestByMuscle.forEach((id, best) -> {
            int essential = (int) best.values().stream().filter(k -> k == ZoneKind.ESSENTIAL).count();
            double sum = essential * ESSENTIAL_WEIGHT + (best.size() - essential) * SPILLOVER_WEIGHT;
            List<Reason> r = new ArrayList<>(reasons.get(id));
            r.sort(Comparator.comparing(Reason::zone));
            candidates.add(new Candidate(muscles.get(id), sum / regions.size(), essential, best.size(), r));
        });
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(Comparator.comparingInt(Candidate::essentialRegions).reversed())
                .thenComparing(Comparator.comparingInt(Candidate::regionsExplained).reversed())
                .thenComparing(c -> c.muscle().name()));
        return new Result(List.copyOf(regions), side, candidates);
    }
}
