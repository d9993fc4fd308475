package org.referralatlas.ui.explore;

import java.util.List;
import java.util.Locale;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.RedFlag;
import org.referralatlas.model.Technique;
import org.referralatlas.model.TechniqueCategory;
import org.referralatlas.ui.Messages;
import org.referralatlas.ui.Styles;

/**
 * The patient's version of a muscle's detail: plain-language texts from the atlas only, where it
 * hurts, what helps (invasive techniques only when the therapist turns them on), precautions and
 * when to see a doctor.
 */
final class PatientDetail {
    private PatientDetail() {
    }

    static void write(DetailLines lines, Atlas atlas, Muscle m, boolean showInvasive) {
        lines.label(m.name(), Styles.TITLE);
        lines.label(m.patientSummary(), Styles.PLAIN);
        List<String> regions = m.triggerPoints().stream().flatMap(tp -> tp.zones().stream())
                .sorted(java.util.Comparator.comparing(z -> z.kind()))
                .flatMap(z -> z.regions().stream()).distinct()
                .map(r -> atlas.region(r).map(x -> x.plainName()).orElse(r).toLowerCase(Locale.ROOT)).toList();
        lines.label(Messages.get("patient.whereItHurts"), Styles.SECTION);
        lines.label(capitalise(String.join(", ", regions)) + ".", Styles.PLAIN);
        lines.label(Messages.get("patient.whatHelps"), Styles.SECTION);
        m.techniques().forEach(use -> atlas.technique(use.technique())
                .filter(t -> showInvasive || t.category() != TechniqueCategory.INVASIVE_CLINICAL)
                .ifPresent(t -> technique(lines, t)));
        if (!m.precautions().isEmpty()) {
            lines.label(Messages.get("detail.precautions"), Styles.SECTION);
            m.precautions().forEach(p -> lines.label("\u2022 " + p, Styles.FIELD));
        }
        List<String> regionIds = m.triggerPoints().stream().flatMap(tp -> tp.zones().stream())
                .flatMap(z -> z.regions().stream()).distinct().toList();
        List<RedFlag> flags = atlas.redFlagsFor(regionIds);
        if (!flags.isEmpty()) {
            lines.label("\u26A0 " + Messages.get("patient.seeADoctor"), Styles.SECTION);
            flags.forEach(f -> lines.label(f.title() + ": " + f.action(), Styles.RED_FLAG));
        }
    }

    private static void technique(DetailLines lines, Technique t) {
        lines.label("\u2022 " + t.name() + ": " + t.plainLanguage(), Styles.FIELD).setId("patient-technique-" + t.id());
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
