package org.referralatlas.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.referralatlas.geometry.Mask;
import org.referralatlas.model.Point;
import org.referralatlas.model.ViewBox;

class QuizScoringTest {
    private static final Scoring RULES = Scoring.DEFAULT;
    private static final ViewBox BOX = new ViewBox(0, 0, 800, 720);
    /** A 40 x 40 square essential zone and a 40 x 40 spillover square to its right. */
    private static final String ESSENTIAL = "M100,100 L140,100 L140,140 L100,140 Z";
    private static final String SPILLOVER = "M160,100 L200,100 L200,140 L160,140 Z";

    private static final Question.NameTheMuscle CHOICE = new Question.NameTheMuscle(
            new Card(QuizKind.NAME_THE_MUSCLE, "temporalis"), "lateral", "temporalis-tp1", List.of(ESSENTIAL),
            List.of(), List.of("temple"), List.of(new Option("a", "A"), new Option("temporalis", "Temporalis"),
            new Option("c", "C"), new Option("d", "D")), 1);

    @ParameterizedTest(name = "option {0} scores {1}")
    @CsvSource({"0, 0", "1, 1", "2, 0", "3, 0"})
    void multipleChoiceIsAllOrNothing(int index, double expected) {
        assertEquals(expected, RULES.score(CHOICE, new Answer.Choice(index)).value());
    }

    @ParameterizedTest(name = "click at distance {0} scores {1}")
    @CsvSource({"0, 1", "10, 1", "15, 1", "30, 0.5", "37.5, 0.25", "45, 0", "200, 0"})
    void triggerPointScoreFallsLinearlyBetweenTheRadii(double distance, double expected) {
        Question.FindTriggerPoint q = new Question.FindTriggerPoint(new Card(QuizKind.FIND_TRIGGER_POINT, "m"),
                "lateral", "M", List.of(new Question.Target("tp1", "TrP1", new Point(400, 300))));
        Score score = RULES.score(q, new Answer.Click(new Point(400 + distance, 300)));
        assertEquals(expected, score.value(), 1e-9);
        assertEquals(distance, score.parts().get("distance"), 1e-9);
    }

    @Test
    void triggerPointIsScoredAgainstTheNearestOfTheMuscle() {
        Question.FindTriggerPoint q = new Question.FindTriggerPoint(new Card(QuizKind.FIND_TRIGGER_POINT, "m"),
                "lateral", "M", List.of(new Question.Target("tp1", "TrP1", new Point(100, 100)),
                new Question.Target("tp2", "TrP2", new Point(500, 500))));
        assertEquals(1, RULES.score(q, new Answer.Click(new Point(505, 500))).value());
    }

    static Stream<Arguments> selections() {
        Set<String> correct = Set.of("a", "b");
        return Stream.of(
                Arguments.of(correct, Set.of("a", "b"), 1.0),
                Arguments.of(correct, Set.of("a"), 2 * 1.0 * 0.5 / 1.5),          // p 1, r 1/2
                Arguments.of(correct, Set.of("a", "b", "c", "d"), 2 * 0.5 / 1.5),  // p 1/2, r 1
                Arguments.of(correct, Set.of("a", "c"), 0.5),                      // p 1/2, r 1/2
                Arguments.of(correct, Set.of("c"), 0.0),
                Arguments.of(correct, Set.of(), 0.0));
    }

    @ParameterizedTest(name = "correct {0}, picked {1}: F1 {2}")
    @MethodSource("selections")
    void regionSelectionIsScoredByF1(Set<String> correct, Set<String> picked, double expected) {
        assertEquals(expected, RULES.selection(correct, picked).value(), 1e-9);
    }

    private static Question.MarkZones zones(List<String> essential, List<String> spillover) {
        return new Question.MarkZones(new Card(QuizKind.MARK_ZONES, "m"), "lateral", "M", "tp1", "",
                essential, spillover);
    }

    private static Mask square(double x0, double y0, double x1, double y1) {
        return new Mask(QuizGrid.over(BOX)).add(new org.referralatlas.geometry.Shape(List.of(List.of(
                new Point(x0, y0), new Point(x1, y0), new Point(x1, y1), new Point(x0, y1)))));
    }

    static Stream<Arguments> markings() {
        Mask none = new Mask(QuizGrid.over(BOX));
        Mask essential = square(100, 100, 140, 140);
        Mask spillover = square(160, 100, 200, 140);
        Mask elsewhere = square(500, 500, 540, 540);
        return Stream.of(
                Arguments.of("both exact", essential, spillover, 1.0, 1.0, 1.0),
                Arguments.of("essential exact, spillover missing", essential, none, 1.0, 0.0, 0.7),
                Arguments.of("spillover exact, essential missing", none, spillover, 0.0, 1.0, 0.3),
                Arguments.of("brushes swapped", spillover, essential, 0.0, 0.0, 0.0),
                Arguments.of("nothing painted", none, none, 0.0, 0.0, 0.0),
                Arguments.of("wrong place", elsewhere, elsewhere, 0.0, 0.0, 0.0),
                // Shifted by one 8-unit cell: within the one-cell tolerance, still full marks.
                Arguments.of("off by one cell", square(108, 100, 148, 140), square(168, 100, 208, 140), 1.0, 1.0, 1.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("markings")
    void zoneMarkingScoresEssentialAndSpilloverApart(String name, Mask essential, Mask spillover,
                                                     double expectedEssential, double expectedSpillover,
                                                     double expected) {
        Score score = RULES.score(zones(List.of(ESSENTIAL), List.of(SPILLOVER)),
                new Answer.MarkedZones(essential, spillover));
        assertEquals(expectedEssential, score.parts().get("essential"), 1e-9);
        assertEquals(expectedSpillover, score.parts().get("spillover"), 1e-9);
        assertEquals(expected, score.value(), 1e-9);
    }

    @Test
    void aPatternWithoutSpilloverIsScoredOnItsEssentialZoneAlone() {
        Question.MarkZones q = zones(List.of(ESSENTIAL), List.of());
        Mask none = new Mask(QuizGrid.over(BOX));
        Score exact = RULES.score(q, new Answer.MarkedZones(square(100, 100, 140, 140), none));
        assertEquals(1, exact.value(), 1e-9);
        assertFalse(exact.parts().containsKey("spillover"), "no spillover part to report: " + exact.parts());
        // Half the zone: the score is the essential F1 itself, not lifted by an unused brush.
        Score half = RULES.score(q, new Answer.MarkedZones(square(100, 100, 140, 116), none));
        assertEquals(half.parts().get("essential"), half.value(), 1e-9);
        assertTrue(half.value() < 0.8, "half the zone painted: " + half.value());
        // Painting nothing earns nothing (it used to earn the unused brush's 30 %).
        assertEquals(0, RULES.score(q, new Answer.MarkedZones(none, none)).value(), 1e-9);
        // Spillover painted where the pattern has none is wrong, and weighed as usual.
        Score extra = RULES.score(q, new Answer.MarkedZones(square(100, 100, 140, 140), square(160, 100, 200, 140)));
        assertEquals(0, extra.parts().get("spillover"), 1e-9);
        assertEquals(0.7, extra.value(), 1e-9);
    }

    @Test
    void spilloverPaintedOverTheEssentialZoneDoesNotCountAsSpillover() {
        // The spillover target excludes the essential zone, so painting it with both brushes is wrong once.
        Question.MarkZones q = zones(List.of(ESSENTIAL), List.of(ESSENTIAL));
        Mask essential = square(100, 100, 140, 140);
        Score score = RULES.score(q, new Answer.MarkedZones(essential, essential));
        assertEquals(1, score.parts().get("essential"), 1e-9);
        assertEquals(0, score.parts().get("spillover"), 1e-9);
    }

    @Test
    void withoutToleranceZoneOverlapIsTheDiceCoefficient() {
        Scoring exact = new Scoring(15, 45, 0, 0.7);
        Mask target = square(100, 100, 140, 140);     // 5 x 5 cells
        Mask painted = square(100, 100, 140, 180);    // 5 x 10 cells, 25 shared
        assertEquals(2.0 * 25 / (25 + 50), exact.tolerantF1(painted, target), 1e-9);
        assertEquals(25, target.count());
    }

    @Test
    void anAnswerOfTheWrongKindIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> RULES.score(CHOICE, new Answer.Click(new Point(0, 0))));
    }

    @Test
    void scoringRulesMustBeConsistent() {
        assertThrows(IllegalArgumentException.class, () -> new Scoring(45, 15, 1, 0.7));
        assertThrows(IllegalArgumentException.class, () -> new Scoring(15, 45, 1, 1.5));
    }
}
