package org.referralatlas.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.referralatlas.text.Fuzzy;

/**
 * Resolves shape references. Generated outlines (referral zones, pain regions) live in
 * {@code shapes/<view>.json}, written by the generators in {@code tools/}, so that hand-written
 * muscle and region files are never rewritten: where those files would hold SVG path data they hold
 * {@code "#name"}, the name of an outline in the shapes file of that view. A reference stands for
 * every path stored under its name. Path data never starts with {@code #}, so the two cannot be
 * confused.
 *
 * <p>After this step the rest of the loader sees path data only, as if it had been written inline.
 */
final class ShapeRefs {
    static final String PREFIX = "#";

    private final Map<String, Map<String, List<String>>> byView = new HashMap<>();
    private final List<AtlasProblem> problems;

    private ShapeRefs(List<AtlasProblem> problems) {
        this.problems = problems;
    }

    /** The files with every reference replaced by its paths; an unknown reference is a problem. */
    static AtlasFiles resolve(AtlasFiles files, List<AtlasProblem> problems) {
        ShapeRefs refs = new ShapeRefs(problems);
        Map<String, Parsed<Dto.ShapesFile>> first = new HashMap<>();
        List<String> viewIds = files.views().stream().map(v -> v.dto().id()).toList();
        for (Parsed<Dto.ShapesFile> file : files.shapes()) {
            String view = file.dto().view();
            if (!viewIds.contains(view)) {
                String hint = Fuzzy.closest(view, viewIds).map(s -> " (did you mean \"" + s + "\"?)").orElse("");
                problems.add(file.problem("/view", "unknown view \"" + view + "\"" + hint));
                continue;
            }
            Parsed<Dto.ShapesFile> earlier = first.putIfAbsent(view, file);
            if (earlier != null) {
                problems.add(file.problem("/view", "the shapes of view \"" + view + "\" are already in "
                        + earlier.json().file()));
                continue;
            }
            Map<String, List<String>> named = file.dto().shapes();
            refs.byView.put(view, named == null ? Map.of() : named);
        }
        List<Parsed<Dto.RegionsFile>> regions = new ArrayList<>();
        for (Parsed<Dto.RegionsFile> file : files.regions()) {
            List<Dto.RegionDto> list = new ArrayList<>();
            List<Dto.RegionDto> items = file.dto().regions() == null ? List.of() : file.dto().regions();
            for (int i = 0; i < items.size(); i++) {
                Dto.RegionDto r = items.get(i);
                list.add(new Dto.RegionDto(r.id(), r.name(), r.synonyms(), r.laterality(), r.area(),
                        refs.shapes(file, "/regions/" + i + "/shapes", r.shapes()), r.formerIds()));
            }
            regions.add(new Parsed<>(file.json(), new Dto.RegionsFile(file.dto().schema(), list)));
        }
        List<Parsed<Dto.MusclesFile>> muscles = new ArrayList<>();
        for (Parsed<Dto.MusclesFile> file : files.muscles()) {
            List<Dto.MuscleDto> list = new ArrayList<>();
            List<Dto.MuscleDto> items = file.dto().muscles() == null ? List.of() : file.dto().muscles();
            for (int i = 0; i < items.size(); i++) {
                list.add(refs.muscle(file, "/muscles/" + i, items.get(i)));
            }
            muscles.add(new Parsed<>(file.json(), new Dto.MusclesFile(file.dto().schema(), list)));
        }
        return files.withShapesResolved(regions, muscles);
    }

    private Dto.MuscleDto muscle(Parsed<?> file, String at, Dto.MuscleDto m) {
        if (m.triggerPoints() == null) {
            return m;
        }
        List<Dto.TriggerPointDto> tps = new ArrayList<>();
        for (int t = 0; t < m.triggerPoints().size(); t++) {
            Dto.TriggerPointDto tp = m.triggerPoints().get(t);
            Dto.ReferralDto r = tp.referral();
            String tpAt = at + "/triggerPoints/" + t + "/referral";
            Dto.ReferralDto resolved = r == null ? null : new Dto.ReferralDto(
                    zones(file, tpAt + "/essential", r.essential()),
                    zones(file, tpAt + "/spillover", r.spillover()), r.sources());
            tps.add(new Dto.TriggerPointDto(tp.id(), tp.number(), tp.label(), tp.location(), tp.positions(),
                    resolved, tp.satellites(), tp.siteRegions()));
        }
        return new Dto.MuscleDto(m.id(), m.name(), m.latinName(), m.abbreviations(), m.synonyms(), m.group(),
                m.attachments(), m.action(), m.innervation(), tps, m.symptoms(), m.activatingFactors(),
                m.perpetuatingFactors(), m.techniques(), m.precautions(), m.patientSummary(), m.notes(),
                m.sources());
    }

    private List<Dto.ZoneDto> zones(Parsed<?> file, String at, List<Dto.ZoneDto> zones) {
        if (zones == null) {
            return null;
        }
        List<Dto.ZoneDto> out = new ArrayList<>();
        for (int i = 0; i < zones.size(); i++) {
            Dto.ZoneDto z = zones.get(i);
            out.add(new Dto.ZoneDto(z.regions(), shapes(file, at + "/" + i + "/shapes", z.shapes()),
                    z.description()));
        }
        return out;
    }

    private Map<String, List<String>> shapes(Parsed<?> file, String at, Map<String, List<String>> shapes) {
        if (shapes == null) {
            return null;
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        shapes.forEach((view, paths) -> {
            List<String> resolved = new ArrayList<>();
            for (int k = 0; k < paths.size(); k++) {
                String p = paths.get(k);
                if (p == null || !p.startsWith(PREFIX)) {
                    resolved.add(p);
                } else {
                    resolved.addAll(lookUp(file, JsonPaths.child(at, view) + "/" + k, view, p.substring(1)));
                }
            }
            out.put(view, resolved);
        });
        return out;
    }

    private List<String> lookUp(Parsed<?> file, String pointer, String view, String name) {
        Map<String, List<String>> named = byView.get(view);
        if (named == null) {
            problems.add(file.problem(pointer, "shape \"#" + name + "\" refers to the shapes of view \"" + view
                    + "\", but no shapes file of the manifest is for that view"));
            return List.of();
        }
        List<String> paths = named.get(name);
        if (paths == null) {
            String hint = Fuzzy.closest(name, named.keySet()).map(s -> " (did you mean \"#" + s + "\"?)").orElse("");
            problems.add(file.problem(pointer, "unknown shape \"#" + name + "\" in view \"" + view + "\"" + hint));
            return List.of();
        }
        return paths;
    }
}
