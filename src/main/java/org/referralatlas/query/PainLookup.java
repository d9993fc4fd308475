package org.referralatlas.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.MuscleGroup;
import org.referralatlas.model.ReferralZone;
import org.referralatlas.model.Side;
import org.referralatlas.model.TriggerPoint;
import org.referralatlas.model.ZoneKind;
import org.referralatlas.query.ClinicalScore.GuidePlace;

/**
 * Reverse lookup: from where it hurts to the muscles whose trigger points refer pain there.
 *
 * <h2>Ranking rule</h2>
 * Scores are {@link ClinicalScore}'s: per chosen region, the pain guide's place and the zone kind
 * (essential or spillover); over the regions, how many of them a muscle explains first. Muscles of a
 * {@link MuscleGroup} (the suboccipitals) take one place: the group's row, with its members.
 * Ties (possible only where a region has no pain guide) go to more essential regions, then to the
 * atlas's order of muscles, never to the alphabet; {@link Result#regionsWithoutGuide()} says where.
 * Referral is ipsilateral: pain on the patient's left points to the left muscle.
 *
 * <h2>Trigger point sites</h2>
 * Some regions are where trigger points lie rather than where they refer: the armpit holds the
 * trigger points of the axillary folds and of the subscapularis, felt there as local pain and
 * tenderness, while no Travell &amp; Simons pattern refers into it. A trigger point names such regions
 * in {@link TriggerPoint#siteRegions()}; {@link Result#sites()} lists them, one row per muscle (or
 * group), after and apart from the ranked referral candidates, never scored as referral.
 *
 * <p>This is the plain query API other features rank with: {@link #lookUp(Collection, Side)}.
 */
public final class PainLookup {
    public static final double ESSENTIAL_WEIGHT = ClinicalScore.ESSENTIAL_WEIGHT;
    public static final double SPILLOVER_WEIGHT = ClinicalScore.SPILLOVER_WEIGHT;

    /** Why a muscle is a candidate: one of its trigger points refers to a chosen region. */
    public record Reason(String region, ZoneKind zone, String triggerPoint, String triggerPointLabel, String muscle) {
    }

    /**
     * A ranked candidate: one muscle, or a group with the members that refer to the query.
     *
     * @param muscle       the muscle, or for a group its first referring member
     * @param group        the group when this place stands for several muscles, else null
     * @param members      the muscles of this place (one, or the group's referring members)
     * @param score        see {@link ClinicalScore}, in (0, 1]
     * @param guidePlaces  for each chosen region whose pain guide lists this muscle or group, its place
     * @param reasons      essential reasons first
     */
    public record Candidate(Muscle muscle, MuscleGroup group, List<Muscle> members, double score,
                            int essentialRegions, int regionsExplained, List<GuidePlace> guidePlaces,
                            List<Reason> reasons) implements Place {
        public Candidate {
            members = List.copyOf(members);
            guidePlaces = List.copyOf(guidePlaces);
            reasons = List.copyOf(reasons);
        }

        public boolean isGroup() {
            return group != null;
        }

        /**
         * The reasons with members that share a trigger point label, region and zone merged into one
         * (a group's four suboccipitals each refer with their TrP1: one line, not four), in reason order.
         */
        public List<SharedReason> sharedReasons() {
            Map<List<Object>, SharedReason> merged = new LinkedHashMap<>();
            for (Reason r : reasons) {
                merged.merge(List.of(r.region(), r.zone(), r.triggerPointLabel()),
                        new SharedReason(r.region(), r.zone(), r.triggerPointLabel(), List.of(r.muscle())),
                        (a, b) -> new SharedReason(a.region(), a.zone(), a.triggerPointLabel(),
                                java.util.stream.Stream.concat(a.muscles().stream(), b.muscles().stream())
                                        .distinct().toList()));
            }
            return List.copyOf(merged.values());
        }
    }

    /**
     * A muscle (or group) with a trigger point that lies in a chosen region: local pain and
     * tenderness there, not a referral zone.
     *
     * @param regions      the chosen regions it lies in, in query order
     * @param triggerPoints the trigger points that lie there, with their locations
     * @param alsoRefers   whether the same muscle is a referral candidate for the query as well
     */
    public record Site(Muscle muscle, MuscleGroup group, List<String> regions, List<TriggerPoint> triggerPoints,
                       boolean alsoRefers) implements Place {
        public Site {
            regions = List.copyOf(regions);
            triggerPoints = List.copyOf(triggerPoints);
        }
    }

    /** A muscle, or a group taken as one unit (then {@code muscle} is one of its members). */
    public interface Place {
        Muscle muscle();

        MuscleGroup group();

        /** The id of the unit: the group's id or the muscle's. */
        default String id() {
            return group() != null ? group().id() : muscle().id();
        }

        /** The group's name or the muscle's. */
        default String name() {
            return group() != null ? group().name() : muscle().name();
        }
    }

    /** One reason shared by one or more muscles of a place. */
    public record SharedReason(String region, ZoneKind zone, String triggerPointLabel, List<String> muscles) {
        public SharedReason {
            muscles = List.copyOf(muscles);
        }
    }

    /**
     * The query and its ranked answer.
     *
     * @param regionsWithoutGuide chosen regions that muscles refer to but that have no pain guide:
     *                            there, equal scores keep the atlas's order of muscles
     * @param sites               muscles whose trigger points lie in a chosen region (local pain, not
     *                            referral), those lying in more of the chosen regions first, then atlas order
     */
    public record Result(List<String> regions, Side side, List<Candidate> candidates,
                         List<String> regionsWithoutGuide, List<Site> sites) {
        public Result {
            regions = List.copyOf(regions);
            candidates = List.copyOf(candidates);
            regionsWithoutGuide = List.copyOf(regionsWithoutGuide);
            sites = List.copyOf(sites);
        }
    }

    private record Hit(Muscle muscle, TriggerPoint triggerPoint, ZoneKind kind) {
    }

    private final Atlas atlas;
    private final ClinicalScore clinical;
    private final Map<String, List<Hit>> hitsByRegion = new HashMap<>();
    private final Map<String, List<Hit>> sitesByRegion = new HashMap<>();
    private final Map<String, Integer> atlasOrder = new HashMap<>();

    public PainLookup(Atlas atlas) {
        this.atlas = atlas;
        this.clinical = new ClinicalScore(atlas);
        for (Muscle m : atlas.muscles()) {
            atlasOrder.put(m.id(), atlasOrder.size());
            for (TriggerPoint tp : m.triggerPoints()) {
                for (String region : tp.siteRegions()) {
                    sitesByRegion.computeIfAbsent(region, r -> new ArrayList<>()).add(new Hit(m, tp, null));
                }
                for (ReferralZone zone : tp.zones()) {
                    for (String region : zone.regions()) {
                        hitsByRegion.computeIfAbsent(region, r -> new ArrayList<>()).add(new Hit(m, tp, zone.kind()));
                    }
                }
            }
        }
    }

    /** The unit a muscle ranks as: its group's id, or its own. */
    private String unitOf(Muscle m) {
        return atlas.groupOf(m.id()).map(MuscleGroup::id).orElse(m.id());
    }

    /** Ranks muscles for the given region ids (unknown ids simply match nothing). */
    public Result lookUp(Collection<String> regionIds, Side side) {
        Set<String> regions = new LinkedHashSet<>(regionIds);
        Map<String, Map<String, ZoneKind>> bestByUnit = new LinkedHashMap<>();
        Map<String, List<Reason>> reasons = new LinkedHashMap<>();
        Map<String, Set<Muscle>> members = new HashMap<>();
        List<String> withoutGuide = new ArrayList<>();
        for (String region : regions) {
            List<Hit> hits = hitsByRegion.getOrDefault(region, List.of());
            if (!hits.isEmpty() && atlas.painGuide(region).isEmpty()) {
                withoutGuide.add(region);
            }
            for (Hit hit : hits) {
                String unit = unitOf(hit.muscle());
                members.computeIfAbsent(unit, k -> new LinkedHashSet<>()).add(hit.muscle());
                bestByUnit.computeIfAbsent(unit, k -> new HashMap<>())
                        .merge(region, hit.kind(), (a, b) -> a == ZoneKind.ESSENTIAL ? a : b);
                Reason reason = new Reason(region, hit.kind(), hit.triggerPoint().id(), hit.triggerPoint().label(),
                        hit.muscle().id());
                List<Reason> list = reasons.computeIfAbsent(unit, k -> new ArrayList<>());
                if (!list.contains(reason)) {
                    list.add(reason);
                }
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        bestByUnit.forEach((unit, best) -> candidates.add(candidate(unit, best, members.get(unit),
                reasons.get(unit), regions)));
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(Comparator.comparingInt(Candidate::essentialRegions).reversed())
                .thenComparingInt(c -> atlasOrder.get(c.muscle().id())));
        return new Result(List.copyOf(regions), side, candidates, withoutGuide, sites(regions, bestByUnit.keySet()));
    }

    private List<Site> sites(Set<String> regions, Set<String> referring) {
        Map<String, Set<String>> regionsByUnit = new LinkedHashMap<>();
        Map<String, Set<TriggerPoint>> pointsByUnit = new HashMap<>();
        Map<String, Muscle> firstByUnit = new HashMap<>();
        for (String region : regions) {
            for (Hit hit : sitesByRegion.getOrDefault(region, List.of())) {
                String unit = unitOf(hit.muscle());
                regionsByUnit.computeIfAbsent(unit, k -> new LinkedHashSet<>()).add(region);
                pointsByUnit.computeIfAbsent(unit, k -> new LinkedHashSet<>()).add(hit.triggerPoint());
                firstByUnit.merge(unit, hit.muscle(),
                        (a, b) -> atlasOrder.get(a.id()) <= atlasOrder.get(b.id()) ? a : b);
            }
        }
        List<Site> sites = new ArrayList<>();
        regionsByUnit.forEach((unit, in) -> sites.add(new Site(firstByUnit.get(unit), atlas.group(unit).orElse(null),
                List.copyOf(in), List.copyOf(pointsByUnit.get(unit)), referring.contains(unit))));
        sites.sort(Comparator.comparingInt((Site s) -> s.regions().size()).reversed()
                .thenComparingInt(s -> atlasOrder.get(s.muscle().id())));
        return sites;
    }

    private Candidate candidate(String unit, Map<String, ZoneKind> best, Set<Muscle> unitMembers,
                                List<Reason> unitReasons, Set<String> chosen) {
        int essential = (int) best.values().stream().filter(k -> k == ZoneKind.ESSENTIAL).count();
        double creditSum = 0;
        List<GuidePlace> places = new ArrayList<>();
        for (Map.Entry<String, ZoneKind> e : best.entrySet()) {
            creditSum += clinical.credit(unit, e.getKey(), e.getValue());
        }
        for (String region : chosen) {
            if (best.containsKey(region)) {
                clinical.place(unit, region).ifPresent(places::add);
            }
        }
        List<Reason> r = new ArrayList<>(unitReasons);
        r.sort(Comparator.comparing(Reason::zone));
        List<Muscle> ordered = unitMembers.stream().sorted(Comparator.comparingInt(m -> atlasOrder.get(m.id())))
                .toList();
        Optional<MuscleGroup> group = atlas.group(unit);
        List<Muscle> shown = group.map(g -> g.members().stream().map(id -> atlas.muscle(id).orElseThrow())
                .filter(unitMembers::contains).toList()).orElse(ordered);
        return new Candidate(shown.get(0), group.orElse(null), shown,
                ClinicalScore.score(best.size(), creditSum, chosen.size()), essential, best.size(), places, r);
    }
}
