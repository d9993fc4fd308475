package org.referralatlas.data;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** All files of an atlas, parsed. */
record AtlasFiles(Parsed<Dto.AtlasFile> manifest, List<Parsed<Dto.ViewFile>> views,
                  List<Parsed<Dto.ShapesFile>> shapes, List<Parsed<Dto.RegionsFile>> regions,
                  List<Parsed<Dto.SymptomsFile>> symptoms,
                  List<Parsed<Dto.MusclesFile>> muscles, List<Parsed<Dto.TechniquesFile>> techniques,
                  List<Parsed<Dto.RedFlagsFile>> redFlags, List<Parsed<Dto.PainGuidesFile>> painGuides) {

    AtlasFiles withShapesResolved(List<Parsed<Dto.RegionsFile>> resolvedRegions,
                                  List<Parsed<Dto.MusclesFile>> resolvedMuscles) {
        return new AtlasFiles(manifest, views, shapes, resolvedRegions, symptoms, resolvedMuscles, techniques,
                redFlags, painGuides);
    }

    /** Paths of all files in reading order: the manifest first, then as listed by kind. */
    List<String> fileOrder() {
        List<String> order = new ArrayList<>();
        order.add(manifest.json().file());
        for (List<? extends Parsed<?>> kind : List.of(views, shapes, regions, symptoms, muscles, techniques,
                redFlags, painGuides)) {
            kind.forEach(p -> order.add(p.json().file()));
        }
        return order;
    }

    static <F, T> List<Located<T>> flatten(List<Parsed<F>> files, String key, Function<F, List<T>> items) {
        List<Located<T>> result = new ArrayList<>();
        for (Parsed<F> file : files) {
            List<T> list = items.apply(file.dto());
            if (list == null) {
                continue;
            }
            for (int i = 0; i < list.size(); i++) {
                result.add(new Located<>(file, "/" + key + "/" + i, list.get(i)));
            }
        }
        return result;
    }
}
