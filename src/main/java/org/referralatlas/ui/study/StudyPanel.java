package org.referralatlas.ui.study;

import static org.referralatlas.ui.study.StudyView.text;

import java.util.List;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import org.referralatlas.study.Answer;
import org.referralatlas.study.Feedback;
import org.referralatlas.study.Option;
import org.referralatlas.study.Question;

/** The question side of the study screen: prompt, numbered options, submit/next, feedback. */
final class StudyPanel extends VBox {
    private final StudyViewModel model;
    private final Label prompt = new Label();
    private final VBox options = new VBox(4);
    private final Button action = new Button();
    private final Label feedback = new Label();
    private final Label progress = new Label();

    private final org.referralatlas.model.Atlas atlas;

    StudyPanel(StudyViewModel model, org.referralatlas.model.Atlas atlas) {
        super(10);
        this.model = model;
        this.atlas = atlas;
        setPrefWidth(340);
        prompt.setId("study-prompt");
        prompt.getStyleClass().add(StudyStyles.PROMPT);
        prompt.setWrapText(true);
        feedback.setWrapText(true);
        feedback.setId("study-feedback");
        feedback.getStyleClass().add(StudyStyles.FEEDBACK);
        action.setId("study-action");
        action.setFocusTraversable(false);
        action.setOnAction(e -> model.advance());
        Label keys = new Label(text("study.keys"));
        keys.setWrapText(true);
        progress.setId("study-progress");
        getChildren().addAll(prompt, options, action, feedback, progress, keys);

        model.options().addListener((ListChangeListener<Option>) c -> refresh());
        model.picked().addListener((SetChangeListener<String>) c -> refresh());
        model.questionProperty().addListener((o, old, q) -> refresh());
        model.feedbackProperty().addListener((o, old, f) -> refresh());
        model.finishedProperty().addListener((o, old, f) -> refresh());
        refresh();
    }

    private void refresh() {
        Question q = model.questionProperty().get();
        Feedback f = model.feedbackProperty().get();
        prompt.setText(promptFor(q));
        List<Option> list = model.options();
        options.getChildren().clear();
        for (int i = 0; i < list.size(); i++) {
            Option option = list.get(i);
            int number = i + 1;
            ToggleButton b = new ToggleButton(number + "   " + option.label());
            b.setId("study-option-" + number);
            b.getStyleClass().add(StudyStyles.OPTION);
            b.setFocusTraversable(false);
            b.setWrapText(true); // a long muscle name takes two lines rather than losing its end
            b.setMaxWidth(Double.MAX_VALUE);
            b.setSelected(model.picked().contains(option.id()) || chosen(f, i));
            b.setOnAction(e -> model.choose(number));
            if (f != null && isCorrect(q, option, i)) {
                b.getStyleClass().add(StudyStyles.CORRECT);
            } else if (f != null && b.isSelected()) {
                b.getStyleClass().add(StudyStyles.WRONG);
            }
            options.getChildren().add(b);
        }
        boolean needsSubmit = q instanceof Question.NameTheMuscle || q instanceof Question.RegionMuscles || q instanceof Question.MarkZones;
        action.setVisible(q != null && (f != null || needsSubmit));
        action.setText(text(f != null ? "study.next" : "study.submit"));
        feedback.setText(f == null ? "" : describe(f));
        progress.setText(q == null ? "" : text("study.progress", model.askedProperty().get(),
                model.remainingProperty().get()));
    }

    private String promptFor(Question q) {
        if (q == null) {
            return text(model.finishedProperty().get() ? "study.prompt.finished" : "study.prompt.choose-deck");
        }
        if (q instanceof Question.MarkZones z) {
            return text("study.prompt.mark-zones", z.muscleName(),
                    z.triggerPointLabel().isEmpty() ? "" : " (" + z.triggerPointLabel() + ")");
        }
        if (q instanceof Question.FindTriggerPoint t) {
            return text("study.prompt.find-trigger-point", t.muscleName());
        }
        if (q instanceof Question.RegionMuscles r) {
            return text("study.prompt.region-muscles", r.regionName());
        }
        return text("study.prompt.name-the-muscle");
    }

    private static boolean chosen(Feedback f, int index) {
        return f != null && f.answer() instanceof Answer.Choice c && c.index() == index;
    }

    private static boolean isCorrect(Question q, Option option, int index) {
        return q instanceof Question.NameTheMuscle n ? n.answerIndex() == index
                : q instanceof Question.RegionMuscles r && r.correct().contains(option.id());
    }

    private String describe(Feedback f) {
        StringBuilder s = new StringBuilder();
        Question q = f.question();
        if (q instanceof Question.NameTheMuscle n) {
            s.append(text(f.score().perfect() ? "study.feedback.correct" : "study.feedback.wrong", n.answer().label()));
        } else if (q instanceof Question.RegionMuscles r) {
            s.append(text("study.feedback.region", r.options().stream().filter(o -> r.correct().contains(o.id()))
                    .map(Option::label).collect(Collectors.joining(", "))));
        } else if (q instanceof Question.MarkZones) {
            Double spillover = f.score().parts().get("spillover");
            s.append(spillover == null ? text("study.feedback.zones.essentialOnly", f.score().parts().get("essential"))
                    : text("study.feedback.zones", f.score().parts().get("essential"), spillover));
        } else if (q instanceof Question.FindTriggerPoint t) {
            double units = f.score().parts().get("distance");
            var cm = atlas.view(t.viewId()).map(v -> org.referralatlas.study.Distances.centimetres(atlas, v, units))
                    .orElse(java.util.OptionalDouble.empty());
            s.append(cm.isPresent() ? text("study.feedback.distance.cm", cm.getAsDouble(),
                    Math.max(1, Math.round(cm.getAsDouble() / org.referralatlas.study.Distances.FINGER_WIDTH_CM)))
                    : text("study.feedback.distance", units));
        }
        return s.append('\n').append(text("study.feedback.score", f.score().value(), f.schedule().due())).toString();
    }
}
