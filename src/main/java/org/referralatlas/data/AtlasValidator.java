package org.referralatlas.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.referralatlas.text.Fuzzy;

/**
 * Checks an atlas as a whole, after every file has passed its schema: duplicate ids, references
 * to ids that do not exist, and (through {@link GeometryChecks}) path data, positions and zones.
 */
final class AtlasValidator {
    private final AtlasFiles files;
    private final List<AtlasProblem> problems;
    private final GeometryChecks geometry;

    private final List<Located<Dto.ViewFile>> views = new ArrayList<>();
    private final List<Located<Dto.RegionDto>> regions;
    private final List<Located<Dto.SymptomDto>> symptoms;
    private final List<Located<Dto.MuscleDto>> muscles;
    private final List<Located<Dto.TechniqueDto>> techniques;
    private final List<Located<Dto.RedFlagDto>> redFlags;
    private final List<Located<Dto.SourceDto>> sources;

    AtlasValidator(AtlasFiles files, Limits limits, List<AtlasProblem> problems) {
        this.files = files;
        this.problems = problems;
        for (Parsed<Dto.ViewFile> view : files.views()) {
            views.add(new Located<>(view, "", view.dto()));
        }
        regions = AtlasFiles.flatten(files.regions(), "regions", Dto.RegionsFile::regions);
        symptoms = AtlasFiles.flatten(files.symptoms(), "symptoms", Dto.SymptomsFile::symptoms);
        muscles = AtlasFiles.flatten(files.muscles(), "muscles", Dto.MusclesFile::muscles);
        techniques = AtlasFiles.flatten(files.techniques(), "techniques", Dto.TechniquesFile::techniques);
        redFlags = AtlasFiles.flatten(files.redFlags(), "redFlags", Dto.RedFlagsFile::redFlags);
        sources = AtlasFiles.flatten(List.of(files.manifest()), "bibliography", Dto.AtlasFile::bibliography);
        this.geometry = new GeometryChecks(limits, problems);
    }

    /**
     * Runs every check. Problems come out grouped by file, files in the order they were read
     * (manifest, views, regions, symptoms, muscles, techniques, red flags) and, within a file, in
     * line order, like the schema problems, so an author can work down each file top to bottom.
     */
    void validate() {
        int start = problems.size();
        runChecks();
        List<String> order = files.fileOrder();
        problems.subList(start, problems.size()).sort(Comparator
                .comparingInt((AtlasProblem p) -> order.indexOf(p.file()))
                .thenComparingInt(AtlasProblem::line)
                .thenComparingInt(AtlasProblem::column));
    }

    private void runChecks() {
        Map<String, Located<Dto.ViewFile>> viewIds = unique(views, Dto.ViewFile::id, "view", "/id");
        Map<String, Located<Dto.RegionDto>> regionIds = unique(regions, Dto.RegionDto::id, "region", "/id");
        Set<String> symptomIds = unique(symptoms, Dto.SymptomDto::id, "symptom", "/id").keySet();
        Map<String, Located<Dto.MuscleDto>> muscleIds = unique(muscles, Dto.MuscleDto::id, "muscle", "/id");
        Set<String> techniqueIds = unique(techniques, Dto.TechniqueDto::id, "technique", "/id").keySet();
        unique(redFlags, Dto.RedFlagDto::id, "red flag", "/id");
        Set<String> sourceIds = unique(sources, Dto.SourceDto::id, "bibliography entry", "/id").keySet();
        if (views.isEmpty()) {
            // Every shape and position names a view: without one, each would be an "unknown view" echo.
            problems.add(files.manifest().problem("/files/views", "the atlas needs at least one view"));
            return;
        }
        SizeChecks.checkTotals(files, views, regions, muscles, problems);

        Set<String> landmarkIds = new HashSet<>();
        for (Located<Dto.ViewFile> view : views) {
            landmarkIds.addAll(geometry.checkView(view, muscleIds.keySet()));
        }
        for (Located<Dto.RegionDto> region : regions) {
            checkShapeViews(region, "/shapes", region.item().shapes(), viewIds);
            geometry.checkShapes(region, "/shapes", region.item().shapes(), viewIds);
        }
        for (Located<Dto.MuscleDto> muscle : muscles) {
            checkMuscle(muscle, viewIds, regionIds, symptomIds, techniqueIds, sourceIds, landmarkIds, muscleIds);
        }
        for (Located<Dto.TechniqueDto> technique : techniques) {
            checkSources(technique, "/sources", technique.item().sources(), sourceIds);
        }
        for (Located<Dto.RedFlagDto> flag : redFlags) {
            checkRefs(flag, "/regions", flag.item().regions(), regionIds.keySet(), "region");
            checkRefs(flag, "/symptoms", flag.item().symptoms(), symptomIds, "symptom");
            listedOnce(flag, "/regions", flag.item().regions(), "region");
            checkSources(flag, "/sources", flag.item().sources(), sourceIds);
        }
        new PainGuideChecks(this, files.painGuides(), problems).check(regionIds.keySet(), muscleIds, sourceIds);
    }

    private void checkMuscle(Located<Dto.MuscleDto> muscle, Map<String, Located<Dto.ViewFile>> viewIds,
                             Map<String, Located<Dto.RegionDto>> regionIds, Set<String> symptomIds,
                             Set<String> techniqueIds, Set<String> sourceIds, Set<String> landmarkIds,
                             Map<String, Located<Dto.MuscleDto>> muscleIds) {
        Dto.MuscleDto m = muscle.item();
        checkRefs(muscle, "/symptoms", m.symptoms(), symptomIds, "symptom");
        checkSources(muscle, "/sources", m.sources(), sourceIds);
        if (m.techniques() != null) {
            for (int i = 0; i < m.techniques().size(); i++) {
                checkRef(muscle, "/techniques/" + i + "/technique", m.techniques().get(i).technique(),
                        techniqueIds, "technique");
            }
        }
        checkAttachments(muscle, "/attachments/origin", m.attachments().origin(), landmarkIds);
        checkAttachments(muscle, "/attachments/insertion", m.attachments().insertion(), landmarkIds);
        if (m.triggerPoints().isEmpty()) {
            problems.add(muscle.problem("/triggerPoints", "muscle has no trigger points"));
        }
        unique(sub(muscle, "/triggerPoints", m.triggerPoints()), Dto.TriggerPointDto::id, "trigger point", "/id");
        unique(sub(muscle, "/triggerPoints", m.triggerPoints()), tp -> "TrP" + tp.number(),
                "trigger point number", "/number");
        for (int t = 0; t < m.triggerPoints().size(); t++) {
            Dto.TriggerPointDto tp = m.triggerPoints().get(t);
            String tpPointer = "/triggerPoints/" + t;
            for (String view : tp.positions().keySet()) {
                String at = tpPointer + "/positions/" + JsonPaths.child("", view).substring(1);
                if (checkRef(muscle, at, view, viewIds.keySet(), "view")) {
                    geometry.checkPoint(muscle, at, tp.positions().get(view), viewIds.get(view).item());
                }
            }
            checkSources(muscle, tpPointer + "/referral/sources", tp.referral().sources(), sourceIds);
            if (tp.referral().sources() == null || tp.referral().sources().isEmpty()) {
                problems.add(muscle.problem(tpPointer + "/referral/sources",
                        "referral pattern cites no source"));
            }
            if (tp.referral().essential().isEmpty()) {
                problems.add(muscle.problem(tpPointer + "/referral/essential",
                        "referral pattern has no essential zone"));
            }
            checkRefs(muscle, tpPointer + "/siteRegions", tp.siteRegions(), regionIds.keySet(), "region");
            checkZones(muscle, tpPointer + "/referral/essential", tp.referral().essential(), viewIds, regionIds);
            checkZones(muscle, tpPointer + "/referral/spillover", tp.referral().spillover(), viewIds, regionIds);
            if (tp.satellites() != null) {
                for (int s = 0; s < tp.satellites().size(); s++) {
                    Dto.SatelliteDto sat = tp.satellites().get(s);
                    String at = tpPointer + "/satellites/" + s;
                    if (m.id().equals(sat.muscle()) && tp.id().equals(sat.triggerPoint())) {
                        problems.add(muscle.problem(at, "a trigger point cannot be its own satellite"));
                    } else if (checkRef(muscle, at + "/muscle", sat.muscle(), muscleIds.keySet(), "muscle")) {
                        Set<String> tps = new LinkedHashSet<>();
                        muscleIds.get(sat.muscle()).item().triggerPoints().forEach(p -> tps.add(p.id()));
                        checkRef(muscle, at + "/triggerPoint", sat.triggerPoint(), tps, "trigger point");
                    }
                }
            }
        }
    }

    private void checkZones(Located<Dto.MuscleDto> muscle, String pointer, List<Dto.ZoneDto> zones,
                            Map<String, Located<Dto.ViewFile>> viewIds, Map<String, Located<Dto.RegionDto>> regionIds) {
        if (zones == null) {
            return;
        }
        for (int z = 0; z < zones.size(); z++) {
            Dto.ZoneDto zone = zones.get(z);
            String at = pointer + "/" + z;
            if (zone.regions().isEmpty()) {
                problems.add(muscle.problem(at + "/regions", "zone names no pain region"));
            }
            if (zone.shapes().values().stream().allMatch(List::isEmpty)) {
                problems.add(muscle.problem(at + "/shapes", "zone is empty: it has no shape in any view"));
            }
            boolean refsOk = checkRefs(muscle, at + "/regions", zone.regions(), regionIds.keySet(), "region");
            boolean viewsOk = checkShapeViews(muscle, at + "/shapes", zone.shapes(), viewIds);
            if (refsOk && viewsOk) {
                List<Dto.RegionDto> named = zone.regions().stream().map(r -> regionIds.get(r).item()).toList();
                geometry.checkZone(muscle, at, zone, named, viewIds);
            }
        }
    }

    private void checkAttachments(Located<?> owner, String pointer, List<Dto.AttachmentDto> attachments,
                                  Set<String> landmarkIds) {
        for (int i = 0; i < attachments.size(); i++) {
            checkRefs(owner, pointer + "/" + i + "/landmarks", attachments.get(i).landmarks(), landmarkIds,
                    "landmark");
        }
    }

    private boolean checkShapeViews(Located<?> owner, String pointer, Map<String, List<String>> shapes,
                                    Map<String, Located<Dto.ViewFile>> viewIds) {
        boolean ok = true;
        for (String view : shapes.keySet()) {
            ok &= checkRef(owner, JsonPaths.child(pointer, view), view, viewIds.keySet(), "view");
        }
        return ok;
    }

    /** A region listed twice in one list is a copy-paste slip that hides what was meant. */
    private void listedOnce(Located<?> owner, String pointer, List<String> ids, String kind) {
        if (ids == null) {
            return;
        }
        for (int i = 0; i < ids.size(); i++) {
            int first = ids.indexOf(ids.get(i));
            if (first < i) {
                problems.add(owner.problem(pointer + "/" + i, kind + " \"" + ids.get(i) + "\" is already listed at "
                        + pointer.substring(1) + "/" + first));
            }
        }
    }

    void checkSources(Located<?> owner, String pointer, List<Dto.SourceRefDto> refs, Set<String> sourceIds) {
        if (refs == null) {
            return;
        }
        for (int i = 0; i < refs.size(); i++) {
            checkRef(owner, pointer + "/" + i + "/source", refs.get(i).source(), sourceIds, "bibliography entry");
        }
    }

    boolean checkRefs(Located<?> owner, String pointer, List<String> refs, Set<String> known, String kind) {
        boolean ok = true;
        if (refs != null) {
            for (int i = 0; i < refs.size(); i++) {
                ok &= checkRef(owner, pointer + "/" + i, refs.get(i), known, kind);
            }
        }
        return ok;
    }

    boolean checkRef(Located<?> owner, String pointer, String id, Set<String> known, String kind) {
        if (known.contains(id)) {
            return true;
        }
        String hint = Fuzzy.closest(id, known).map(s -> " (did you mean \"" + s + "\"?)").orElse("");
        problems.add(owner.problem(pointer, "unknown " + kind + " \"" + id + "\"" + hint));
        return false;
    }

    <T> Map<String, Located<T>> unique(List<Located<T>> items, Function<T, String> id, String kind,
                                               String idPointer) {
        Map<String, Located<T>> seen = new LinkedHashMap<>();
        for (Located<T> item : items) {
            String key = id.apply(item.item());
            Located<T> first = seen.putIfAbsent(key, item);
            if (first != null) {
                AtlasProblem where = first.problem(idPointer, "");
                problems.add(item.problem(idPointer, "duplicate " + kind + " \"" + key + "\" (first defined at "
                        + where.file() + ":" + where.line() + ")"));
            }
        }
        return seen;
    }

    private static <T> List<Located<T>> sub(Located<?> owner, String pointer, List<T> items) {
        List<Located<T>> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            result.add(new Located<>(owner.file(), owner.pointer() + pointer + "/" + i, items.get(i)));
        }
        return result;
    }
}
