package org.referralatlas.ui.explore;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.ReferralZone;
import org.referralatlas.model.SourceRef;
import org.referralatlas.model.TriggerPoint;
import org.referralatlas.model.ZoneKind;
import org.referralatlas.ui.Messages;
import org.referralatlas.ui.Styles;

/** The detail pane of a muscle: names, trigger points, pattern, symptoms, techniques, precautions, sources. */
public final class MuscleDetailView extends ScrollPane {
    private final VBox content = new VBox(6);
    private final DetailLines lines = new DetailLines(content);
    private final Consumer<String> openTechnique;
    private final ExploreViewModel model;

    /** @param openTechnique called with a technique id when the user follows a technique link */
    public MuscleDetailView(ExploreViewModel model, Consumer<String> openTechnique) {
        this.openTechnique = openTechnique;
        getStyleClass().add(Styles.DETAIL);
        content.setPadding(new Insets(12));
        setContent(content);
        setFitToWidth(true);
        this.model = model;
        model.selectedProperty().addListener((o, old, m) -> {
            refresh();
            setVvalue(0); // another muscle is read from its name down, not from where the last one was left
        });
        model.atlasProperty().addListener((o, old, a) -> refresh());
        model.patientViewProperty().addListener((o, old, on) -> refresh());
        model.showInvasiveProperty().addListener((o, old, on) -> refresh());
        model.focusedTriggerPointProperty().addListener((o, old, id) -> refresh());
        refresh();
    }

    private void refresh() {
        show(model.atlasProperty().get(), model.getSelected());
    }

    private void show(Atlas atlas, Muscle m) {
        lines.begin();
        if (atlas == null || m == null) {
            lines.label(Messages.get("explore.nothingSelected"), Styles.HINT);
        } else if (model.patientViewProperty().get()) {
            PatientDetail.write(lines, atlas, m, model.showInvasiveProperty().get());
        } else {
            showFull(atlas, m);
        }
        lines.end();
    }

    private void showFull(Atlas atlas, Muscle m) {
        lines.label(m.name(), Styles.TITLE);
        lines.label(m.latinName(), Styles.SUBTITLE);
        List<String> also = new java.util.ArrayList<>(m.abbreviations());
        also.addAll(m.synonyms());
        field("detail.also", also.isEmpty() ? null : String.join(", ", also));
        section("detail.forPatients");
        lines.label(m.patientSummary(), Styles.PLAIN);
        section("detail.triggerPoints");
        for (TriggerPoint tp : m.triggerPoints()) {
            lines.label(tp.label() + ": " + tp.location(), Styles.TRIGGER_POINT);
            if (m.triggerPoints().size() > 1) {
                boolean alone = tp.id().equals(model.focusedTriggerPointProperty().get());
                lines.link(Messages.format(alone ? "detail.showAll" : "detail.showOnly", tp.label()), "focus-" + tp.id(), e -> {
                    model.toggleFocus(tp.id());
                    // The pane was rewritten: keep the keyboard on the link just followed, not wherever focus fell.
                    javafx.scene.Node again = content.lookup("#focus-" + tp.id());
                    if (again != null) {
                        again.requestFocus();
                    }
                });
            }
            for (ZoneKind kind : ZoneKind.values()) {
                List<String> regions = tp.zones(kind).stream().flatMap(z -> z.regions().stream())
                        .map(r -> atlas.region(r).map(x -> x.name()).orElse(r)).distinct().toList();
                if (!regions.isEmpty()) {
                    lines.label(Messages.get("detail." + kind.id()) + ": " + String.join(", ", regions),
                            kind == ZoneKind.ESSENTIAL ? Styles.ZONE_ESSENTIAL : Styles.ZONE_SPILLOVER);
                }
            }
            tp.zones().stream().map(ReferralZone::description).filter(d -> d != null)
                    .forEach(d -> lines.label(d, Styles.NOTE));
            if (!tp.satellites().isEmpty()) {
                field("detail.satellites", String.join(", ", tp.satellites().stream()
                        .map(s -> atlas.muscle(s.muscle()).map(Muscle::name).orElse(s.muscle())).distinct().toList()));
            }
            lines.label(cite(atlas, tp.sources()), Styles.SOURCE);
        }
        list("detail.symptoms", m.symptoms().stream()
                .map(s -> atlas.symptom(s).map(x -> x.name()).orElse(s)).toList());
        section("detail.techniques");
        m.techniques().forEach(use -> {
            lines.link(atlas.technique(use.technique()).map(t -> t.name()).orElse(use.technique()), null,
                    e -> openTechnique.accept(use.technique()));
            if (use.notes() != null) {
                lines.label(use.notes(), Styles.NOTE);
            }
        });
        list("detail.precautions", m.precautions());
        m.origins().forEach(a -> field("detail.origin", a.description()));
        m.insertions().forEach(a -> field("detail.insertion", a.description()));
        field("detail.action", m.action());
        field("detail.innervation", m.innervation());
        field("detail.group", m.group());
        list("detail.activating", m.activatingFactors());
        list("detail.perpetuating", m.perpetuatingFactors());
        list("detail.notes", m.notes());
        section("detail.sources");
        lines.label(cite(atlas, m.sources()), Styles.SOURCE);
    }

    static String cite(Atlas atlas, List<SourceRef> refs) {
        return String.join("\n", refs.stream().map(r -> {
            String citation = atlas.source(r.source()).map(s -> s.citation()).orElse(r.source());
            StringBuilder sb = new StringBuilder(citation);
            if (r.chapter() != null) {
                sb.append(" Chapter ").append(r.chapter()).append('.');
            }
            if (r.figure() != null) {
                sb.append(" Figure ").append(r.figure()).append('.');
            }
            if (r.pages() != null) {
                sb.append(" p. ").append(r.pages()).append('.');
            }
            return sb.toString();
        }).toList());
    }

    private void section(String key) {
        lines.label(Messages.get(key), Styles.SECTION);
    }

    private void field(String key, String value) {
        if (value != null && !value.isBlank()) {
            lines.label(Messages.get(key) + ": " + value, Styles.FIELD);
        }
    }

    private void list(String key, List<String> items) {
        if (!items.isEmpty()) {
            section(key);
            items.forEach(i -> lines.label("\u2022 " + i, Styles.FIELD));
        }
    }
}
