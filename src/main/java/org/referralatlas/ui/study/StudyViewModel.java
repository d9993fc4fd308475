package org.referralatlas.ui.study;

import java.io.IOException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Point;
import org.referralatlas.model.Side;
import org.referralatlas.model.ViewBox;
import org.referralatlas.study.Answer;
import org.referralatlas.study.Deck;
import org.referralatlas.study.DeckStore;
import org.referralatlas.study.Decks;
import org.referralatlas.study.Feedback;
import org.referralatlas.study.MuscleStats;
import org.referralatlas.study.Option;
import org.referralatlas.study.Progress;
import org.referralatlas.study.ProgressStore;
import org.referralatlas.study.Question;
import org.referralatlas.study.QuizKind;
import org.referralatlas.study.Scheduler;
import org.referralatlas.study.Scoring;
import org.referralatlas.study.Statistics;
import org.referralatlas.study.StoredStudy;
import org.referralatlas.study.StudySession;
import org.referralatlas.text.ErrorText;
import org.referralatlas.ui.Messages;

/**
 * Study mode's state and commands; no JavaFX nodes, so it runs in plain JUnit.
 * <h2>Flow</h2>
 * {@link #chooseDeck} starts a session and shows its first question. The student answers with
 * {@link #choose} (keys 1-9: picks an option, or toggles one in a region question), the brush commands
 * ({@link #paint}, {@link #paintAtCursor}) then {@link #submit}, or {@link #clickAt} / {@link #clickAtCursor}.
 * {@link #feedbackProperty()} then holds the score and the question with its correct answer, to draw
 * beside the student's; {@link #next} moves on. {@link #advance} (Enter) submits or moves on.
 * <h2>Keyboard alone</h2>
 * Figure questions have a cursor in design space moved by {@link #moveCursor} (arrow keys); painting and
 * clicking happen at the cursor. Progress is saved after every answer; a failed save keeps the progress
 * in memory and says so in {@link #messageProperty()}.
 */
public final class StudyViewModel {
    /** Brush radius in design units: wide enough to paint a zone in a few strokes. */
    public static final double BRUSH_RADIUS = 12;
    /** Design units per arrow-key press. */
    public static final double CURSOR_STEP = 10;

    private final Atlas atlas;
    private final ProgressStore progressStore;
    private final Scheduler scheduler;
    private final Random random;
    private final DeckList deckList;
    private Progress progress;
    private StudySession session;
    private Set<QuizKind> kinds = EnumSet.allOf(QuizKind.class);
    private boolean practiseAll;
    private boolean classQuiz;
    /** False for a class quiz session: the session's own progress copy is then thrown away. */
    private boolean recording = true;

    private final ReadOnlyObjectWrapper<Deck> deck = new ReadOnlyObjectWrapper<>(this, "deck");
    private final ReadOnlyObjectWrapper<Question> question = new ReadOnlyObjectWrapper<>(this, "question");
    private final ReadOnlyObjectWrapper<Side> side = new ReadOnlyObjectWrapper<>(this, "side", Side.RIGHT);
    private final ReadOnlyObjectWrapper<Feedback> feedback = new ReadOnlyObjectWrapper<>(this, "feedback");
    private final Choices choices = new Choices();
    private final Marking marking = new Marking();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final ReadOnlyIntegerWrapper asked = new ReadOnlyIntegerWrapper(this, "asked");
    private final ReadOnlyIntegerWrapper remaining = new ReadOnlyIntegerWrapper(this, "remaining");

    /** Reads the progress and the user's decks on the calling thread (tests); the app uses the other constructor. */
    public StudyViewModel(Atlas atlas, ProgressStore progressStore, DeckStore deckStore, Clock clock, Random random) {
        this(atlas, StoredStudy.load(progressStore, deckStore), progressStore, deckStore, clock, random);
    }

    /** With the stored progress and decks already read, off the JavaFX thread (see StudyMode). */
    public StudyViewModel(Atlas atlas, StoredStudy stored, ProgressStore progressStore, DeckStore deckStore,
                          Clock clock, Random random) {
        this.atlas = atlas;
        this.progressStore = progressStore;
        this.scheduler = new Scheduler(clock);
        this.random = random;
        progress = stored.progress();
        deckList = new DeckList(atlas, deckStore, stored.decks());
        message.set(String.join(" ", stored.messages()));
    }

    public ObservableList<Deck> decks() { return deckList.decks(); }

    public ReadOnlyObjectProperty<Deck> deckProperty() { return deck.getReadOnlyProperty(); }

    /** The question being asked, or null before a deck is chosen and after the last one. */
    public ReadOnlyObjectProperty<Question> questionProperty() { return question.getReadOnlyProperty(); }

    /**
     * The patient's side the question is drawn on: questions alternate right and left, so both
     * sides are learnt. Answers stay in authored (right-side) coordinates: the figure mirrors input.
     */
    public ReadOnlyObjectProperty<Side> sideProperty() { return side.getReadOnlyProperty(); }

    /** The feedback on the current question once answered, else null. */
    public ReadOnlyObjectProperty<Feedback> feedbackProperty() { return feedback.getReadOnlyProperty(); }

    /** The options of a name-the-muscle or region question, numbered 1.. for the keyboard. */
    public ObservableList<Option> options() { return choices.options(); }

    /** Option ids toggled on in a region question. */
    public ObservableSet<String> picked() { return choices.picked(); }

    /** Painting and cursor state of figure questions. */
    public Marking marking() { return marking; }

    /** Load and save problems, one line each; empty when all is well. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty finishedProperty() { return finished.getReadOnlyProperty(); }

    public ReadOnlyIntegerProperty askedProperty() { return asked.getReadOnlyProperty(); }

    public ReadOnlyIntegerProperty remainingProperty() { return remaining.getReadOnlyProperty(); }

    public Progress progress() { return progress; }

    /** Statistics of the current deck's muscles (all muscles before a deck is chosen). */
    public List<MuscleStats> statistics() {
        Deck d = deck.get() == null ? Decks.all(atlas) : deck.get();
        return Statistics.perMuscle(progress, d.muscles());
    }

    /** Which quiz kinds to ask; applies from the next {@link #chooseDeck}. Empty means all. */
    public void chooseKinds(Set<QuizKind> chosen) {
        kinds = chosen.isEmpty() ? EnumSet.allOf(QuizKind.class) : EnumSet.copyOf(chosen);
    }

    /** When true, cards not yet due are asked too (free practice, a class quiz). From the next deck. */
    public void practiseAll(boolean all) {
        practiseAll = all;
    }

    /**
     * A class quiz on a projector: every card of the deck is asked, due or not, and answers are scored
     * and shown but neither recorded nor saved, so the presenter's own schedule is left alone.
     * Applies from the next {@link #chooseDeck}.
     */
    public void classQuiz(boolean on) {
        classQuiz = on;
    }

    /** Starts a session over the deck with this id; unknown ids are ignored. */
    public void chooseDeck(String deckId) {
        Decks.find(deckList.decks(), deckId).ifPresent(d -> {
            deck.set(d);
            session = new StudySession(atlas, d, kinds, practiseAll || classQuiz, progress, scheduler,
                    Scoring.DEFAULT, random);
            recording = !classQuiz;
            finished.set(false);
            next();
        });
    }

    /**
     * Key 1-9 or a click: selects option n of a multiple-choice question (replacing the previous choice),
     * or toggles it in a region question. Nothing is scored until {@link #submit} (Submit button / Enter).
     */
    public void choose(int n) {
        if (feedback.get() == null) {
            choices.choose(n);
        }
    }

    public void togglePick(String optionId) {
        if (feedback.get() == null) {
            choices.toggle(optionId);
        }
    }

    /** Paints with the current brush at a design-space point (a mouse drag calls this per event). */
    public void paint(double x, double y) {
        if (feedback.get() == null && question.get() instanceof Question.MarkZones) {
            marking.paint(x, y, BRUSH_RADIUS);
        }
    }

    public void paintAtCursor() {
        Point at = marking.cursorProperty().get();
        if (at != null) {
            paint(at.x(), at.y());
        }
    }

    /** Answers a find-the-trigger-point question with a click at a design-space point. */
    public void clickAt(double x, double y) {
        if (feedback.get() == null && question.get() instanceof Question.FindTriggerPoint) {
            answer(new Answer.Click(new Point(x, y)));
        }
    }

    public void clickAtCursor() {
        Point at = marking.cursorProperty().get();
        if (at != null) {
            clickAt(at.x(), at.y());
        }
    }

    /** Arrow keys: moves the figure cursor by steps of {@value #CURSOR_STEP}, kept in the view box. */
    public void moveCursor(int dx, int dy) {
        // On the left side the figure is mirrored: the arrow moves the cursor the way it looks on screen.
        int screenDx = side.get() == Side.LEFT ? -dx : dx;
        marking.move(screenDx * CURSOR_STEP, dy * CURSOR_STEP);
    }

    /** Submits the pending answer of a choice, region or marking question; a choice needs a selection. */
    public void submit() {
        if (feedback.get() != null) {
            return;
        }
        Answer pending = question.get() instanceof Question.MarkZones ? marking.answer() : choices.answer();
        if (pending != null) {
            answer(pending);
        }
    }

    /** Enter: moves on once answered, submits what is pending, or starts the deck again once finished. */
    public void advance() {
        if (finished.get() && deck.get() != null) {
            chooseDeck(deck.get().id());
        } else if (feedback.get() != null) {
            next();
        } else {
            submit();
        }
    }

    /** Moves to the next question; an unanswered question is skipped without being recorded. */
    public void next() {
        if (session == null) {
            return;
        }
        Question q = session.next().orElse(null);
        feedback.set(null);
        choices.reset(q);
        boolean onFigure = q instanceof Question.MarkZones || q instanceof Question.FindTriggerPoint;
        marking.reset(onFigure ? viewBox(q.viewId()) : null);
        // Counts before the question: views redraw on the question and read the counts then.
        asked.set(session.asked());
        remaining.set(session.remaining());
        finished.set(q == null);
        side.set(session.asked() % 2 == 0 ? Side.LEFT : Side.RIGHT);
        question.set(q);
    }

    /** Saves a deck of the user's own and offers it; its id is derived from the name. */
    public Deck createUserDeck(String name, List<String> muscleIds) {
        return deckList.create(name, muscleIds, message::set);
    }

    public void deleteUserDeck(String deckId) {
        deckList.delete(deckId, message::set);
    }

    private void answer(Answer answer) {
        feedback.set(session.submit(answer));
        if (!recording) {
            return;
        }
        progress = session.progress();
        try {
            progressStore.save(progress);
        } catch (IOException e) {
            message.set(Messages.format("study.progress.notSaved", ErrorText.oneLine(e)));
        }
    }

    private ViewBox viewBox(String viewId) {
        return atlas.view(viewId).orElseThrow().viewBox();
    }
}
