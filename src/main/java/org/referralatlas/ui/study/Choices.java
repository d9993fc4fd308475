package org.referralatlas.ui.study;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.referralatlas.study.Answer;
import org.referralatlas.study.Option;
import org.referralatlas.study.Question;

/**
 * The options of a choice question and what the student has picked among them: one option of a
 * name-the-muscle question, any number of a region question. The counterpart of {@link Marking} for
 * questions answered with keys 1-9 instead of on the figure.
 */
final class Choices {
    private final ObservableList<Option> options = FXCollections.observableArrayList();
    private final ObservableSet<String> picked = FXCollections.observableSet(new LinkedHashSet<>());
    // Read-only views made once: they listen to their source weakly, so a view made per call could be
    // collected together with the listeners a UI added to it.
    private final ObservableList<Option> optionsView = FXCollections.unmodifiableObservableList(options);
    private final ObservableSet<String> pickedView = FXCollections.unmodifiableObservableSet(picked);
    private Question question;

    ObservableList<Option> options() { return optionsView; }

    ObservableSet<String> picked() { return pickedView; }

    /** A new question: its options, none picked. */
    void reset(Question q) {
        question = q;
        picked.clear();
        options.setAll(q instanceof Question.NameTheMuscle n ? n.options()
                : q instanceof Question.RegionMuscles r ? r.options() : List.of());
    }

    /** Option n (1-based): replaces the choice of a name-the-muscle question, toggles one of a region question. */
    void choose(int n) {
        if (n < 1 || n > options.size()) {
            return;
        }
        if (question instanceof Question.NameTheMuscle) {
            picked.clear();
            picked.add(options.get(n - 1).id());
        } else if (question instanceof Question.RegionMuscles) {
            toggle(options.get(n - 1).id());
        }
    }

    void toggle(String optionId) {
        if (!picked.remove(optionId)) {
            picked.add(optionId);
        }
    }

    /** The pending answer, or null when a name-the-muscle question has no choice yet (or no choice question is shown). */
    Answer answer() {
        if (question instanceof Question.RegionMuscles) {
            return new Answer.Selection(Set.copyOf(picked));
        }
        for (int i = 0; question instanceof Question.NameTheMuscle && i < options.size(); i++) {
            if (picked.contains(options.get(i).id())) {
                return new Answer.Choice(i);
            }
        }
        return null;
    }
}
