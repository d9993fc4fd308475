package org.referralatlas.data;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks pain guides and muscle groups: every id they name exists, a muscle belongs to one group at
 * most, a region has one guide, and each guide entry (a muscle, or a group through any member) has a
 * referral zone in the guide's region, since a guide that names a muscle the atlas does not draw
 * there would rank a muscle for pain it cannot explain.
 */
final class PainGuideChecks {
    private final AtlasValidator refs;
    private final List<Located<Dto.GroupDto>> groups;
    private final List<Located<Dto.GuideDto>> guides;
    private final List<AtlasProblem> problems;

    PainGuideChecks(AtlasValidator refs, List<Parsed<Dto.PainGuidesFile>> files, List<AtlasProblem> problems) {
        this.refs = refs;
        this.groups = AtlasFiles.flatten(files, "groups", Dto.PainGuidesFile::groups);
        this.guides = AtlasFiles.flatten(files, "guides", Dto.PainGuidesFile::guides);
        this.problems = problems;
    }

    void check(Set<String> regionIds, Map<String, Located<Dto.MuscleDto>> muscles, Set<String> sourceIds) {
        Map<String, Located<Dto.GroupDto>> groupIds = refs.unique(groups, Dto.GroupDto::id, "muscle group", "/id");
        Map<String, String> groupOf = new HashMap<>();
        for (Located<Dto.GroupDto> group : groups) {
            Dto.GroupDto g = group.item();
            if (muscles.containsKey(g.id())) {
                problems.add(group.problem("/id", "group id \"" + g.id() + "\" is also a muscle id"));
            }
            refs.checkRefs(group, "/members", g.members(), muscles.keySet(), "muscle");
            for (int i = 0; i < g.members().size(); i++) {
                String first = groupOf.putIfAbsent(g.members().get(i), g.id());
                if (first != null) {
                    problems.add(group.problem("/members/" + i, "muscle \"" + g.members().get(i)
                            + "\" is already a member of group \"" + first + "\""));
                }
            }
            refs.checkSources(group, "/sources", g.sources(), sourceIds);
        }
        refs.unique(guides, Dto.GuideDto::region, "pain guide for region", "/region");
        Set<String> known = new HashSet<>(muscles.keySet());
        known.addAll(groupIds.keySet());
        Map<String, Set<String>> regionsOf = regionsOfMuscles(muscles);
        for (Located<Dto.GuideDto> guide : guides) {
            Dto.GuideDto g = guide.item();
            boolean regionOk = refs.checkRef(guide, "/region", g.region(), regionIds, "region");
            checkOrder(guide, "/order", g.order(), g.region(), regionOk, known, groupIds, groupOf, regionsOf);
            refs.checkSources(guide, "/sources", g.sources(), sourceIds);
            List<Dto.AlternativeDto> alternatives = g.alternatives() == null ? List.of() : g.alternatives();
            for (int a = 0; a < alternatives.size(); a++) {
                String at = "/alternatives/" + a;
                checkOrder(guide, at + "/order", alternatives.get(a).order(), g.region(), regionOk, known, groupIds,
                        groupOf, regionsOf);
                refs.checkSources(guide, at + "/sources", alternatives.get(a).sources(), sourceIds);
            }
        }
    }

    private void checkOrder(Located<Dto.GuideDto> guide, String pointer, List<String> order, String region,
                            boolean regionOk, Set<String> known, Map<String, Located<Dto.GroupDto>> groupIds,
                            Map<String, String> groupOf, Map<String, Set<String>> regionsOf) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            String id = order.get(i);
            String at = pointer + "/" + i;
            Integer first = seen.putIfAbsent(id, i);
            if (first != null) {
                problems.add(guide.problem(at, "\"" + id + "\" is already listed at place " + (first + 1)));
                continue;
            }
            if (!refs.checkRef(guide, at, id, known, "muscle or group")) {
                continue;
            }
            if (groupOf.containsKey(id)) {
                problems.add(guide.problem(at, "\"" + id + "\" is a member of group \"" + groupOf.get(id)
                        + "\": list the group, which takes one place"));
                continue;
            }
            List<String> members = groupIds.containsKey(id) ? groupIds.get(id).item().members() : List.of(id);
            boolean refers = members.stream().anyMatch(m -> regionsOf.getOrDefault(m, Set.of()).contains(region));
            if (regionOk && !refers) {
                problems.add(guide.problem(at, "\"" + id + "\" has no referral zone in region \"" + region
                        + "\"; a guide may only list muscles whose pattern reaches the region"));
            }
        }
    }

    private static Map<String, Set<String>> regionsOfMuscles(Map<String, Located<Dto.MuscleDto>> muscles) {
        Map<String, Set<String>> result = new HashMap<>();
        muscles.forEach((id, m) -> {
            Set<String> regions = new HashSet<>();
            for (Dto.TriggerPointDto tp : m.item().triggerPoints()) {
                for (List<Dto.ZoneDto> zones : java.util.Arrays.asList(tp.referral().essential(),
                        tp.referral().spillover())) {
                    if (zones != null) {
                        zones.forEach(z -> regions.addAll(z.regions()));
                    }
                }
            }
            result.put(id, regions);
        });
        return result;
    }
}
