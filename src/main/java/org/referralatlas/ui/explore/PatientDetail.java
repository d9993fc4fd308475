package org.referralatlas.ui.explore;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
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

    static List<Node> build(Atlas atlas, Muscle m, boolean showInvasive) {
        List<Node> nodes = new java.util.ArrayList<>();
        nodes.add(MuscleDetailView.text(m.name(), Styles.TITLE));
        nodes.add(MuscleDetailView.text(m.patientSummary(), Styles.PLAIN));
        List<String> regions = m.triggerPoints().stream().flatMap(tp -> tp.zones().stream())
                .sorted(java.util.Comparator.comparing(z -> z.kind()))
                .flatMap(z -> z.regions().stream()).distinct()
                .map(r -> atlas.region(r).map(x -> x.plainName()).orElse(r).toLowerCase(Locale.ROOT)).toList();
        nodes.add(MuscleDetailView.text(Messages.get("patient.whereItHurts"), Styles.SECTION));
        nodes.add(MuscleDetailView.text(capitalise(String.join(", ", regions)) + ".", Styles.PLAIN));
        nodes.add(MuscleDetailView.text(Messages.get("patient.whatHelps"), Styles.SECTION));
        m.techniques().forEach(use -> atlas.technique(use.technique())
                .filter(t -> showInvasive || t.category() != TechniqueCategory.INVASIVE_CLINICAL)
                .ifPresent(t -> nodes.add(technique(t))));
        if (!m.precautions().isEmpty()) {
            nodes.add(MuscleDetailView.text(Messages.get("detail.precautions"), Styles.SECTION));
            m.precautions().forEach(p -> nodes.add(MuscleDetailView.text("\u2022 " + p, Styles.FIELD)));
        }
        List<String> regionIds = m.triggerPoints().stream().flatMap(tp -> tp.zones().stream())
                .flatMap(z -> z.regions().stream()).distinct().toList();
        List<RedFlag> flags = atlas.redFlagsFor(regionIds);
        if (!flags.isEmpty()) {
            nodes.add(MuscleDetailView.text("\u26A0 " + Messages.get("patient.seeADoctor"), Styles.SECTION));
            flags.forEach(f -> nodes.add(MuscleDetailView.text(f.title() + ": " + f.action(), Styles.RED_FLAG)));
        }
        return nodes;
    }

    private static Node technique(Technique t) {
        Label l = MuscleDetailView.text("\u2022 " + t.name() + ": " + t.plainLanguage(), Styles.FIELD);
        l.setId("patient-technique-" + t.id());
        return l;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
