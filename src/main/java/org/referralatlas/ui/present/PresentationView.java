package org.referralatlas.ui.present;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.referralatlas.lesson.Lesson;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.Side;
import org.referralatlas.model.ZoneKind;
import org.referralatlas.ui.Messages;
import org.referralatlas.ui.bodymap.BodyMapView;

/**
 * Full-screen presentation of a lesson: one or two body maps, the muscle's name and its pattern
 * in plain words, in projector-sized type. Arrow keys step; S spotlight; P pointer; C comparison.
 */
public final class PresentationView extends StackPane {
    private final PresentationViewModel model;
    private final ReadOnlyObjectProperty<Atlas> atlas;
    private final BodyMapView main = new BodyMapView();
    private final BodyMapView compare = new BodyMapView();
    private final Label title = new Label();
    private final Label counter = new Label();
    private final Label pattern = new Label();
    private final Label note = new Label();
    /** Two figures side by side have no room for a key beside one of them: the key goes in words below. */
    private final Label keyInWords = new Label(Messages.get("present.key"));
    private final Spotlight spotlight = new Spotlight();

    public PresentationView(PresentationViewModel model, ReadOnlyObjectProperty<Atlas> atlas, Runnable close) {
        this.model = model;
        this.atlas = atlas;
        getStyleClass().add("presentation");
        setId("presentation");
        for (BodyMapView map : List.of(main, compare)) {
            map.atlasProperty().bind(atlas);
            map.setFocusTraversable(false);
            // Shrink to the screen: a figure's preferred size must never push the slide off a projector.
            map.setMinSize(0, 0);
            HBox.setHgrow(map, Priority.ALWAYS);
        }
        main.setId("presentation-map");
        compare.setId("presentation-compare");
        // Side by side, one key (the left figure's) serves both and leaves the second pattern uncovered.
        compare.setLegendVisible(false);
        title.getStyleClass().add("presentation-title");
        counter.getStyleClass().add("presentation-counter");
        pattern.getStyleClass().add("presentation-text");
        note.getStyleClass().add("presentation-note");
        for (Label l : List.of(title, pattern, note)) {
            l.setWrapText(true);
            l.setMinWidth(0);
            l.setMinHeight(Label.USE_PREF_SIZE);
        }
        counter.setMinWidth(Label.USE_PREF_SIZE);
        // The title in the centre, not on the left: a BorderPane never shrinks its sides below their
        // preferred width, and a long comparison title would push the slide off the screen.
        BorderPane top = new BorderPane(title, null, counter, null, null);
        BorderPane.setAlignment(title, Pos.TOP_LEFT);
        HBox maps = new HBox(24, main, compare);
        maps.setMinSize(0, 0);
        maps.setAlignment(Pos.CENTER);
        keyInWords.getStyleClass().add("presentation-key");
        keyInWords.setWrapText(true);
        keyInWords.setMinWidth(0);
        keyInWords.managedProperty().bind(keyInWords.visibleProperty());
        VBox bottom = new VBox(8, pattern, keyInWords, note);
        BorderPane layout = new BorderPane(maps, top, null, bottom, null);
        layout.setPadding(new Insets(24));
        getChildren().addAll(layout, spotlight);
        model.currentStep().addListener((o, old, step) -> show(step));
        // Two equal steps are one value to currentStep: the counter must still follow the index.
        model.indexProperty().addListener((o, old, i) -> show(model.currentStep().get()));
        model.comparingProperty().addListener((o, old, on) -> show(model.currentStep().get()));
        atlas.addListener((o, old, a) -> show(model.currentStep().get()));
        show(model.currentStep().get());
        // A filter, so the lesson keys win over the maps' own arrow-key navigation.
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case RIGHT, DOWN, SPACE, PAGE_DOWN -> model.next();
                case LEFT, UP, PAGE_UP, BACK_SPACE -> model.previous();
                case HOME -> model.first();
                case END -> model.last();
                case S -> spotlight.toggleSpotlight();
                case P -> spotlight.togglePointer();
                case C -> model.comparingProperty().set(!model.comparingProperty().get());
                case ESCAPE -> close.run();
                case DIGIT0, NUMPAD0 -> model.pickView(null);
                default -> {
                    if (!pickView(e.getCode())) {
                        return;
                    }
                }
            }
            e.consume();
        });
    }

    /** 1 to 9 pick the atlas's first to ninth view for this slide (0: its best view again). */
    private boolean pickView(javafx.scene.input.KeyCode code) {
        String name = code.getName();
        int n = code.isDigitKey() ? Character.getNumericValue(name.charAt(name.length() - 1)) : -1;
        Atlas a = atlas.get();
        if (a == null || n < 1 || n > a.views().size()) {
            return false;
        }
        model.pickView(new java.util.ArrayList<>(a.views()).get(n - 1).id());
        return true;
    }

    private void show(Lesson.Step step) {
        Atlas a = atlas.get();
        if (step == null || a == null) {
            title.setText(Messages.get("present.empty"));
            counter.setText("");
            pattern.setText("");
            note.setText("");
            compare.setVisible(false);
            compare.setManaged(false);
            keyInWords.setVisible(false);
            return;
        }
        counter.setText((model.indexProperty().get() + 1) + " / " + model.size());
        Side side = "left".equals(step.side()) ? Side.LEFT : Side.RIGHT;
        String view = viewFor(a, step, side);
        showOn(main, step.muscle(), view, side);
        boolean comparing = step.compareWith() != null && model.comparingProperty().get();
        compare.setVisible(comparing);
        compare.setManaged(comparing);
        main.setLegendVisible(!comparing); // equal figures side by side, the key said in words instead
        keyInWords.setVisible(comparing);
        Muscle m = a.muscle(step.muscle()).orElse(null);
        String name = m == null ? step.muscle() : m.name();
        if (comparing) {
            showOn(compare, step.compareWith(), view, side);
            name += "  \u00B7  " + a.muscle(step.compareWith()).map(Muscle::name).orElse(step.compareWith());
        }
        title.setText(name);
        // Side by side, the text compares the two patterns (each muscle's zones); alone, it adds the plain words.
        pattern.setText(m == null ? "" : !comparing ? describe(a, m) : m.name() + " \u2014 " + zones(a, m)
                + a.muscle(step.compareWith()).map(c -> "\n" + c.name() + " \u2014 " + zones(a, c)).orElse(""));
        note.setText(step.note() == null ? "" : step.note());
    }

    /**
     * The view the teacher picked for the step when the atlas has it, else the view that shows the muscle's
     * pattern best (the view recorded when a step was added is only the one that happened to be on screen).
     */
    static String viewFor(Atlas atlas, Lesson.Step step, Side side) {
        if (step.viewPicked() && step.view() != null && atlas.view(step.view()).isPresent()) {
            return step.view();
        }
        return atlas.muscle(step.muscle()).map(m -> org.referralatlas.export.Figures.bestView(atlas, m,
                List.of(), side).id()).orElse(atlas.views().iterator().next().id());
    }

    private static void showOn(BodyMapView map, String muscle, String view, Side side) {
        map.setViewId(view);
        map.setSide(side);
        map.setSelectedMuscleId(muscle);
        // Fill the projector with the pattern once the map has been laid out.
        javafx.application.Platform.runLater(map::zoomToSelection);
    }

    /** "Essential zone: temple, back of the neck.  Spillover zone: occiput." then the muscle in plain words. */
    static String describe(Atlas atlas, Muscle m) {
        return zones(atlas, m) + '\n' + m.patientSummary();
    }

    /** "Essential zone: temple, jaw joint (TMJ).  Spillover zone: occiput." */
    static String zones(Atlas atlas, Muscle m) {
        StringBuilder sb = new StringBuilder();
        for (ZoneKind kind : ZoneKind.values()) {
            List<String> regions = m.triggerPoints().stream().flatMap(tp -> tp.zones(kind).stream())
                    .flatMap(z -> z.regions().stream()).distinct()
                    .map(r -> lowerFirst(atlas.region(r).map(x -> x.name()).orElse(r))).toList();
            if (!regions.isEmpty()) {
                sb.append(Messages.get("detail." + kind.id())).append(": ").append(String.join(", ", regions))
                        .append(".  ");
            }
        }
        return sb.toString().strip();
    }

    /** "Jaw joint (TMJ)" reads "jaw joint (TMJ)" inside a sentence: only the first letter is lowered. */
    static String lowerFirst(String name) {
        return name.isEmpty() || (name.length() > 1 && Character.isUpperCase(name.charAt(1))) ? name
                : name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }
}
