package org.referralatlas.ui.painfinder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.PainRegion;
import org.referralatlas.model.ZoneKind;
import org.referralatlas.query.ClinicalScore;
import org.referralatlas.query.PainLookup;
import org.referralatlas.ui.Messages;
import org.referralatlas.ui.Styles;

/**
 * A candidate of the region lookup. For the therapist: name, score bar and the reasons, one per line. In the
 * patient view: the name and where the muscle sends pain, in the key's words ("Main pain area: temple"), with
 * no score, trigger-point label or pain-guide text.
 */
final class CandidateCell extends ResultCell<PainLookup.Candidate> {
    CandidateCell(ObservableValue<Atlas> atlas, ObservableBooleanValue patient) {
        super(atlas, patient);
    }

    @Override
    String forPatient(PainLookup.Candidate c, Atlas atlas, VBox box) {
        named(c, box);
        List<String> lines = patientLines(atlas, c.reasons(), PainLookup.Reason::zone, r -> List.of(r.region()));
        lines.forEach(l -> box.getChildren().add(wrapped(l, Styles.PLAIN)));
        return c.name() + ", " + String.join(" ", lines);
    }

    private static void named(PainLookup.Candidate c, VBox box) {
        box.getChildren().add(wrapped(c.name(), Styles.CANDIDATE));
        if (c.isGroup()) {
            box.getChildren().add(wrapped(Messages.format("painfinder.members", String.join(", ",
                    c.members().stream().map(m -> m.name()).toList())), Styles.GROUP_MEMBERS));
        }
    }

    @Override
    String forTherapist(PainLookup.Candidate c, Atlas a, VBox box) {
        named(c, box);
        String score = String.format(Locale.ROOT, "%.2f", c.score());
        box.getChildren().add(1, scoreRow(c.score(), score, Messages.format("painfinder.score", score)));
        for (ClinicalScore.GuidePlace place : c.guidePlaces()) {
            box.getChildren().add(wrapped(place.text(), Styles.GUIDE_PLACE));
        }
        for (PainLookup.SharedReason r : c.sharedReasons()) {
            String region = a.region(r.region()).map(PainRegion::name).orElse(r.region());
            String who = !c.isGroup() ? ""
                    : r.muscles().size() == c.members().size() ? Messages.get("painfinder.eachMember") + " "
                    : String.join(", ", r.muscles().stream()
                            .map(id -> a.muscle(id).map(m -> m.name()).orElse(id)).toList()) + " ";
            Label reason = wrapped(who + Messages.format("painfinder.reason", r.triggerPointLabel(),
                    region.toLowerCase(Locale.ROOT), Messages.get("detail." + r.zone().id()).toLowerCase(Locale.ROOT)),
                    r.zone() == ZoneKind.ESSENTIAL ? Styles.ZONE_ESSENTIAL : Styles.ZONE_SPILLOVER);
            box.getChildren().add(reason);
        }
        return c.name() + ", " + Messages.format("painfinder.score", score);
    }

    /** A bar and its number: the score of a lookup, the share of a drawing. */
    static HBox scoreRow(double value, String shown, String accessible) {
        ProgressBar bar = new ProgressBar(value);
        bar.getStyleClass().add(Styles.SCORE_BAR);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setAccessibleText(accessible);
        Label number = new Label(shown);
        number.getStyleClass().add(Styles.SCORE_VALUE);
        number.setMinWidth(Label.USE_PREF_SIZE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        HBox row = new HBox(6, bar, number);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /**
     * Where a candidate sends pain, in the patient key's words: "Main pain area: temple." and "Pain may also
     * spread here: back of the neck." (a region named as main is not repeated as spread).
     */
    static <R> List<String> patientLines(Atlas atlas, List<R> reasons, Function<R, ZoneKind> zone,
                                         Function<R, List<String>> regions) {
        Set<String> main = new LinkedHashSet<>();
        Set<String> spread = new LinkedHashSet<>();
        for (R r : reasons) {
            for (String id : regions.apply(r)) {
                String plain = atlas.region(id).map(PainRegion::plainName).orElse(id).toLowerCase(Locale.ROOT);
                (zone.apply(r) == ZoneKind.ESSENTIAL ? main : spread).add(plain);
            }
        }
        spread.removeAll(main);
        List<String> lines = new ArrayList<>();
        if (!main.isEmpty()) {
            lines.add(Messages.format("painfinder.patient.main", String.join(", ", main)));
        }
        if (!spread.isEmpty()) {
            lines.add(Messages.format("painfinder.patient.spread", String.join(", ", spread)));
        }
        return lines;
    }

    static Label wrapped(String text, String styleClass) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinWidth(0);
        l.setMinHeight(Label.USE_PREF_SIZE); // every line of it, not an ellipsis
        l.getStyleClass().add(styleClass);
        return l;
    }
}
