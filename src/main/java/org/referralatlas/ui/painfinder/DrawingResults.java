package org.referralatlas.ui.painfinder;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Side;
import org.referralatlas.query.DrawingRanking;
import org.referralatlas.ui.Messages;
import org.referralatlas.ui.Styles;

/**
 * The ranking of a pain drawing: each candidate with the share of the drawing it explains and its
 * reasons, the best combination of two or three muscles, and the share no muscle explains.
 */
final class DrawingResults extends VBox {
    /** @param patient whether a patient is looking on: then no shares, scores or trigger-point labels */
    DrawingResults(PainDrawingViewModel model, ObservableValue<Atlas> atlas, ObservableBooleanValue patient,
                   Consumer<String> selectCandidate) {
        super(6);
        ListView<DrawingRanking.Candidate> list = new ListView<>(model.candidates());
        list.setId("drawing-candidates");
        list.setMinWidth(0);
        list.setMinHeight(160);
        list.setPlaceholder(wrapped(Messages.get("draw.empty")));
        list.setCellFactory(v -> new DrawingCell(atlas, patient));
        patient.addListener((o, was, on) -> list.refresh());
        list.getSelectionModel().selectedItemProperty().addListener((o, old, c) -> {
            if (c != null) {
                selectCandidate.accept(c.muscle().id());
            }
        });
        list.setMinHeight(0);
        // As tall as its rows: the results pane scrolls as a page, the list never in a small box.
        javafx.scene.layout.Pane measuring = new javafx.scene.layout.Pane();
        measuring.getStyleClass().add("list-view");
        FitToContent.install(list, measuring);

        Label best = wrapped("");
        best.setId("drawing-best");
        best.getStyleClass().add(Styles.CANDIDATE);
        best.textProperty().bind(Bindings.createStringBinding(() -> {
            DrawingRanking.Combination c = model.bestCombinationProperty().get();
            return c == null ? "" : Messages.format("draw.best", String.join(" + ",
                    c.members().stream().map(DrawingResults::name).toList()), percent(c.shareExplained()));
        }, model.bestCombinationProperty()));
        best.visibleProperty().bind(model.bestCombinationProperty().isNotNull().and(Bindings.not(patient)));
        best.managedProperty().bind(best.visibleProperty());

        Label unexplained = wrapped("");
        unexplained.setId("drawing-unexplained");
        unexplained.getStyleClass().add(Styles.HINT);
        unexplained.textProperty().bind(Bindings.createStringBinding(() ->
                Messages.format("draw.unexplained", percent(model.unexplainedShareProperty().get())),
                model.unexplainedShareProperty()));
        unexplained.visibleProperty().bind(model.unexplainedShareProperty().greaterThan(0).and(Bindings.not(patient)));
        unexplained.managedProperty().bind(unexplained.visibleProperty());

        Label title = new Label(Messages.get("painfinder.candidates"));
        title.getStyleClass().add(Styles.SECTION);
        title.setWrapText(true);
        title.setMinHeight(Label.USE_PREF_SIZE);
        // The best combination and the unexplained share first: the answer, then the ranked list.
        getChildren().addAll(title, best, unexplained, list, measuring);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }

    private static String name(DrawingRanking.Candidate c) {
        return c.side() == Side.BOTH ? c.name()
                : c.name() + " (" + Messages.get("toolbar.side." + c.side().id()).toLowerCase(Locale.ROOT) + ")";
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinWidth(0);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // every line of it, not an ellipsis
        return l;
    }

    /** Name and side, a bar of the share explained, then one line per reason; in plain words for a patient. */
    private static final class DrawingCell extends ResultCell<DrawingRanking.Candidate> {
        DrawingCell(ObservableValue<Atlas> atlas, ObservableBooleanValue patient) {
            super(atlas, patient);
        }

        private static void named(DrawingRanking.Candidate c, VBox box) {
            Label name = wrapped(name(c));
            name.getStyleClass().add(Styles.CANDIDATE);
            box.getChildren().add(name);
            if (c.group() != null) {
                Label members = wrapped(Messages.format("painfinder.members", String.join(", ",
                        c.members().stream().map(m -> m.name()).toList())));
                members.getStyleClass().add(Styles.GROUP_MEMBERS);
                box.getChildren().add(members);
            }
        }

        @Override
        String forPatient(DrawingRanking.Candidate c, Atlas atlas, VBox box) {
            named(c, box);
            List<String> lines = CandidateCell.patientLines(atlas, c.reasons(), DrawingRanking.Reason::zone,
                    DrawingRanking.Reason::regions);
            lines.forEach(l -> box.getChildren().add(CandidateCell.wrapped(l, Styles.PLAIN)));
            return name(c) + ", " + String.join(" ", lines);
        }

        @Override
        String forTherapist(DrawingRanking.Candidate c, Atlas atlas, VBox box) {
            named(c, box);
            String explains = Messages.format("draw.explains", percent(c.shareExplained()));
            box.getChildren().add(CandidateCell.scoreRow(c.shareExplained(), percent(c.shareExplained()), explains));
            Label share = wrapped(explains);
            share.getStyleClass().add(Styles.SHARE);
            box.getChildren().addAll(share,
                    wrapped(Messages.format("painfinder.score", String.format(Locale.ROOT, "%.2f", c.score()))));
            for (DrawingRanking.Reason r : c.reasons()) {
                Label reason = wrapped(Messages.format("draw.reason", r.triggerPointLabel(),
                        Messages.get("detail." + r.zone().id()).toLowerCase(Locale.ROOT), percent(r.shareOfDrawing())));
                reason.getStyleClass().add(r.zone() == org.referralatlas.model.ZoneKind.ESSENTIAL
                        ? Styles.ZONE_ESSENTIAL : Styles.ZONE_SPILLOVER);
                box.getChildren().add(reason);
            }
            return name(c) + ", " + explains;
        }
    }
}
