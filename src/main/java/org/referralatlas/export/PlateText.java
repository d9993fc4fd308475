package org.referralatlas.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.SourceRef;
import org.referralatlas.model.TechniqueUse;
import org.referralatlas.model.TriggerPoint;
import org.referralatlas.model.ZoneKind;

/**
 * The words of one plate, in a clinician's terms: trigger-point locations one line each, the essential and
 * spillover regions, the key techniques and precautions, and the sources with their figures.
 *
 * @param title      muscle name, with the trigger point for a one-trigger-point plate
 * @param subtitle   Latin name and group
 * @param points     "TrP1: location", one per trigger point shown
 * @param essential  names of the regions of the essential zones
 * @param spillover  names of the regions only the spillover zones reach
 * @param techniques up to {@link #MAX_TECHNIQUES} "Technique: note"
 * @param precautions up to {@link #MAX_PRECAUTIONS}
 * @param sources    citations, each with the chapter or figure cited
 */
record PlateText(String title, String subtitle, List<String> points, List<String> essential,
                 List<String> spillover, List<String> techniques, List<String> precautions, List<String> sources) {
    static final int MAX_TECHNIQUES = 3;
    static final int MAX_PRECAUTIONS = 3;

    static PlateText of(Atlas atlas, Plate plate) {
        Muscle m = plate.muscle();
        List<String> points = plate.triggerPoints().stream().map(tp -> tp.label() + ": " + tp.location()).toList();
        List<String> techniques = m.techniques().stream().limit(MAX_TECHNIQUES).map(t -> technique(atlas, t)).toList();
        String subtitle = join(" - ", m.latinName(), m.group());
        return new PlateText(plate.title(), subtitle, points, names(atlas, plate.regions(ZoneKind.ESSENTIAL)),
                names(atlas, plate.regions(ZoneKind.SPILLOVER)), techniques,
                m.precautions().stream().limit(MAX_PRECAUTIONS).toList(), sources(atlas, plate));
    }

    private static List<String> names(Atlas atlas, List<String> regionIds) {
        return regionIds.stream().map(id -> atlas.region(id).map(r -> r.name()).orElse(id)).toList();
    }

    /** The technique's name and the first sentence of its note for this muscle. */
    private static String technique(Atlas atlas, TechniqueUse use) {
        String name = atlas.technique(use.technique()).map(t -> t.name()).orElse(use.technique());
        if (use.notes() == null || use.notes().isBlank()) {
            return name;
        }
        String note = use.notes().strip();
        int end = note.indexOf(". ");
        return name + ": " + (end > 0 ? note.substring(0, end + 1) : note);
    }

    private static List<String> sources(Atlas atlas, Plate plate) {
        List<SourceRef> refs = new ArrayList<>(plate.muscle().sources());
        for (TriggerPoint tp : plate.triggerPoints()) {
            refs.addAll(tp.sources());
        }
        Set<String> lines = new LinkedHashSet<>();
        for (SourceRef ref : refs) {
            atlas.source(ref.source()).ifPresent(s -> lines.add(s.citation()
                    + (ref.figure() != null ? " Fig. " + ref.figure().replaceFirst("^(?i)fig(ure)?\\.?\\s*", "") + "."
                    : ref.chapter() != null ? " Ch. " + ref.chapter() + "." : "")));
        }
        return new ArrayList<>(lines);
    }

    private static String join(String separator, String... parts) {
        List<String> present = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                present.add(p);
            }
        }
        return String.join(separator, present);
    }
}
