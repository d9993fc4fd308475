package org.referralatlas.ui.study;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Side;
import org.referralatlas.study.Deck;
import org.referralatlas.study.Feedback;
import org.referralatlas.study.Question;
import org.referralatlas.ui.Messages;
import org.referralatlas.ui.bodymap.BodyMapView;
import org.referralatlas.ui.bodymap.MapMark;
import org.referralatlas.ui.bodymap.MapMode;

/**
 * Study mode's screen: decks on the left, the figure (and, after an answer, the correct pattern
 * beside it) in the middle, the question on the right. Binds to a {@link StudyViewModel} and forwards
 * keys and pointer events to it; all decisions are the view model's. Keys: 1-9 choose, Enter submit or
 * next, arrows move the figure cursor, Space paint or click at it, B switch brush, C clear, N skip.
 */
public final class StudyView extends BorderPane {

    private final StudyViewModel model;
    private final Atlas atlas;
    private final BodyMapView figure = quizFigure();
    private final BodyMapView correctFigure = quizFigure();
    private List<MapMark> questionMarks = List.of();
    private final VBox correctBox;
    private final Label yoursCaption;
    private final StudyPanel panel;

    public StudyView(StudyViewModel model, Atlas atlas) {
        this.model = model;
        this.atlas = atlas;
        getStyleClass().add(StudyStyles.VIEW);
        getStylesheets().add(StudyView.class.getResource("study.css").toExternalForm());
        setId("study-view");

        ListView<Deck> decks = new ListView<>(model.decks());
        decks.setId("study-decks");
        decks.setPrefWidth(180);
        decks.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Deck deck, boolean empty) {
                super.updateItem(deck, empty);
                setText(empty || deck == null ? null : deck.name());
            }
        });
        decks.getSelectionModel().selectedItemProperty().addListener((o, old, deck) -> {
            // Equal when the list merely follows a deck the model chose: do not start it twice.
            if (deck != null && !deck.equals(model.deckProperty().get())) {
                model.chooseDeck(deck.id());
                // Later: the list takes focus on mouse press after selecting; the figure must get the arrows.
                Platform.runLater(figure::requestFocus);
            }
        });
        // Clicking the deck just finished starts it again (the selection does not change, so say so here).
        decks.setOnMouseClicked(e -> {
            Deck selected = decks.getSelectionModel().getSelectedItem();
            if (selected != null && model.finishedProperty().get()) {
                model.chooseDeck(selected.id());
            }
        });
        model.deckProperty().addListener((o, old, deck) -> decks.getSelectionModel().select(deck));
        setLeft(new VBox(6, new Label(text("study.decks")), decks, new DeckTools(model, atlas, decks)));

        figure.setAtlas(atlas);
        correctFigure.setAtlas(atlas);
        figure.setId("study-figure");
        figure.setFocusTraversable(true);
        correctFigure.setId("study-correct-figure");
        figure.setOnFigurePointer(e -> {
            double x = e.at().x(), y = e.at().y();
            if (e.secondary()) {
                model.marking().erase(x, y, StudyViewModel.BRUSH_RADIUS);
            } else if (model.questionProperty().get() instanceof Question.FindTriggerPoint) {
                if (!e.drag()) {
                    model.clickAt(x, y);
                }
            } else {
                model.paint(x, y);
            }
        });
        VBox yoursBox = captioned(text("study.figure.yours"), figure);
        yoursCaption = (Label) yoursBox.getChildren().get(0);
        yoursCaption.setId("study-caption-yours");
        correctBox = captioned(text("study.figure.correct"), correctFigure);
        correctBox.setId("study-correct");
        HBox.setHgrow(yoursBox, Priority.ALWAYS);
        HBox.setHgrow(correctBox, Priority.ALWAYS);
        setCenter(new HBox(8, yoursBox, correctBox));

        panel = new StudyPanel(model, atlas);
        // The question, its options and the feedback stay readable at any window height: they scroll.
        javafx.scene.control.ScrollPane questionSide = new javafx.scene.control.ScrollPane(panel);
        questionSide.setFitToWidth(true);
        questionSide.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        questionSide.setFocusTraversable(false);
        questionSide.getStyleClass().add(StudyStyles.QUESTION_SIDE);
        setRight(questionSide);
        Label message = new Label();
        message.setId("study-message");
        message.getStyleClass().add(StudyStyles.MESSAGE);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        setBottom(message);

        // A filter, so that Enter and the digits answer even while the deck list has focus; arrows are
        // left to the focused control unless the figure has them (see onKey).
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        model.questionProperty().addListener((o, old, q) -> redraw());
        model.feedbackProperty().addListener((o, old, f) -> redraw());
        model.marking().essentialProperty().addListener((o, old, m) -> redrawMarking());
        model.marking().spilloverProperty().addListener((o, old, m) -> redrawMarking());
        model.marking().cursorProperty().addListener((o, old, c) -> redrawMarking());
        redraw();
    }

    /** A body map in quiz mode: the plain figure, sized as the study screen's figures were. */
    private static BodyMapView quizFigure() {
        BodyMapView map = new BodyMapView();
        map.setMode(MapMode.QUIZ);
        map.setMinSize(200, 180);
        map.setPrefSize(480, 432);
        return map;
    }

    /** Larger type and figure for projecting a class quiz. */
    public void setPresentation(boolean on) {
        getStyleClass().remove(StudyStyles.PRESENTATION);
        if (on) {
            getStyleClass().add(StudyStyles.PRESENTATION);
        }
    }

    static String text(String key, Object... args) {
        return args.length == 0 ? Messages.get(key) : Messages.format(key, args);
    }

    private void onKey(KeyEvent e) {
        KeyCode code = e.getCode();
        boolean handled = true;
        int digit = digit(e);
        if (digit > 0) {
            model.choose(digit);
        } else if (code == KeyCode.ENTER) {
            model.advance();
        } else if (code == KeyCode.N) {
            model.next();
        } else if (code == KeyCode.B) {
            model.marking().toggleBrush();
        } else if (code == KeyCode.C) {
            model.marking().clear();
        } else if (code == KeyCode.SPACE) {
            model.paintAtCursor();
            model.clickAtCursor();
        } else if (code.isArrowKey() && figure.isFocused() && model.marking().cursorProperty().get() != null) {
            model.moveCursor(code == KeyCode.LEFT ? -1 : code == KeyCode.RIGHT ? 1 : 0,
                    code == KeyCode.UP ? -1 : code == KeyCode.DOWN ? 1 : 0);
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private static VBox captioned(String caption, BodyMapView figure) {
        Label label = new Label(caption);
        label.getStyleClass().add(StudyStyles.FIGURE_CAPTION);
        label.setWrapText(true); // "Your answer · patient's right side" in projector type on a laptop
        label.setMinHeight(Label.USE_PREF_SIZE);
        VBox.setVgrow(figure, Priority.ALWAYS);
        return new VBox(4, label, figure);
    }

    /**
     * 1-9 for the digit keys of the main row and of the keypad, 10 for 0; else 0. A digit with Ctrl,
     * Alt or Meta is not an answer: it is left to the menus (Ctrl+1..7 change the view and the mode).
     */
    private static int digit(KeyEvent e) {
        if (e.isShortcutDown() || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return 0;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0) {
            return 10;
        }
        if (code.compareTo(KeyCode.DIGIT1) >= 0 && code.compareTo(KeyCode.DIGIT9) <= 0) {
            return code.ordinal() - KeyCode.DIGIT0.ordinal();
        }
        if (code.compareTo(KeyCode.NUMPAD1) >= 0 && code.compareTo(KeyCode.NUMPAD9) <= 0) {
            return code.ordinal() - KeyCode.NUMPAD0.ordinal();
        }
        return 0;
    }

    private void redraw() {
        Question q = model.questionProperty().get();
        Feedback feedback = model.feedbackProperty().get();
        boolean answered = feedback != null;
        boolean figureAnswer = q instanceof Question.MarkZones || q instanceof Question.FindTriggerPoint;
        correctBox.setVisible(answered && figureAnswer);
        correctBox.setManaged(answered && figureAnswer);
        yoursCaption.setText(text(q instanceof Question.NameTheMuscle ? "study.figure.pattern"
                : q instanceof Question.RegionMuscles ? "study.figure.region" : "study.figure.yours")
                + " · " + text(model.sideProperty().get() == Side.LEFT ? "study.side.left" : "study.side.right"));
        questionMarks = q == null ? List.of() : FeedbackDrawing.yours(q, feedback);
        correctFigure.getMarks().setAll(q == null ? List.of() : FeedbackDrawing.correct(q, feedback));
        if (q != null) {
            for (BodyMapView map : List.of(figure, correctFigure)) {
                map.setViewId(q.viewId());
                map.setSide(model.sideProperty().get() == Side.LEFT ? Side.LEFT : Side.RIGHT);
            }
        }
        redrawMarking();
    }

    private void redrawMarking() {
        Question q = model.questionProperty().get();
        boolean answered = model.feedbackProperty().get() != null;
        List<MapMark> marks = new ArrayList<>(questionMarks);
        marks.addAll(FeedbackDrawing.marking(model.marking(), q instanceof Question.MarkZones,
                answered ? null : model.marking().cursorProperty().get()));
        figure.getMarks().setAll(marks);
    }
}
