package org.referralatlas.model;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** A loaded, validated atlas. Immutable; maps keep the order of the atlas files. */
public final class Atlas {
    private final Manifest manifest;
    private final Map<String, FigureView> views;
    private final Map<String, PainRegion> regions;
    private final Map<String, Symptom> symptoms;
    private final Map<String, Muscle> muscles;
    private final Map<String, Technique> techniques;
    private final List<RedFlag> redFlags;
    private final Map<String, PainGuide> painGuides;
    private final Map<String, MuscleGroup> groups;
    private final Map<String, MuscleGroup> groupOfMuscle = new LinkedHashMap<>();
    private final Map<String, String> formerRegionIds = new LinkedHashMap<>();

    public Atlas(Manifest manifest, List<FigureView> views, List<PainRegion> regions, List<Symptom> symptoms,
                 List<Muscle> muscles, List<Technique> techniques, List<RedFlag> redFlags) {
        this(manifest, views, regions, symptoms, muscles, techniques, redFlags, List.of(), List.of());
    }

    public Atlas(Manifest manifest, List<FigureView> views, List<PainRegion> regions, List<Symptom> symptoms,
                 List<Muscle> muscles, List<Technique> techniques, List<RedFlag> redFlags,
                 List<PainGuide> painGuides, List<MuscleGroup> groups) {
        this.manifest = manifest;
        this.views = index(views, FigureView::id);
        this.regions = index(regions, PainRegion::id);
        this.symptoms = index(symptoms, Symptom::id);
        this.muscles = index(muscles, Muscle::id);
        this.techniques = index(techniques, Technique::id);
        this.redFlags = List.copyOf(redFlags);
        this.painGuides = index(painGuides, PainGuide::region);
        this.groups = index(groups, MuscleGroup::id);
        groups.forEach(g -> g.members().forEach(m -> groupOfMuscle.putIfAbsent(m, g)));
        regions.forEach(r -> r.formerIds().forEach(old -> {
            if (!this.regions.containsKey(old)) {
                formerRegionIds.putIfAbsent(old, r.id());
            }
        }));
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            map.put(id.apply(item), item);
        }
        return Collections.unmodifiableMap(map);
    }

    public Manifest manifest() { return manifest; }

    public Collection<FigureView> views() { return views.values(); }

    public Collection<PainRegion> regions() { return regions.values(); }

    public Collection<Symptom> symptoms() { return symptoms.values(); }

    public Collection<Muscle> muscles() { return muscles.values(); }

    public Collection<Technique> techniques() { return techniques.values(); }

    public List<RedFlag> redFlags() { return redFlags; }

    /** Pain-guide orders, one per region that has one. */
    public Collection<PainGuide> painGuides() { return painGuides.values(); }

    public Optional<PainGuide> painGuide(String regionId) { return Optional.ofNullable(painGuides.get(regionId)); }

    /** Groups of muscles that share one pattern and take one place in a ranking. */
    public Collection<MuscleGroup> groups() { return groups.values(); }

    public Optional<MuscleGroup> group(String id) { return Optional.ofNullable(groups.get(id)); }

    /** The group a muscle belongs to, if any. */
    public Optional<MuscleGroup> groupOf(String muscleId) { return Optional.ofNullable(groupOfMuscle.get(muscleId)); }

    public Optional<FigureView> view(String id) { return Optional.ofNullable(views.get(id)); }

    /** The region with this id, or the one that took over this id from an earlier atlas. */
    public Optional<PainRegion> region(String id) {
        PainRegion r = regions.get(id);
        return Optional.ofNullable(r != null ? r : regions.get(formerRegionIds.get(id)));
    }

    /** The current id for a region id (itself when current, the successor of a former id, else itself). */
    public String currentRegionId(String id) {
        return regions.containsKey(id) ? id : formerRegionIds.getOrDefault(id, id);
    }

    public Optional<Symptom> symptom(String id) { return Optional.ofNullable(symptoms.get(id)); }

    public Optional<Muscle> muscle(String id) { return Optional.ofNullable(muscles.get(id)); }

    public Optional<Technique> technique(String id) { return Optional.ofNullable(techniques.get(id)); }

    public Optional<Source> source(String id) {
        return manifest.bibliography().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Red flags that matter for any of the given regions (a red flag with no regions matters everywhere). */
    public List<RedFlag> redFlagsFor(Collection<String> regionIds) {
        return redFlags.stream()
                .filter(f -> f.regions().isEmpty() || f.regions().stream().anyMatch(regionIds::contains))
                .toList();
    }
}
