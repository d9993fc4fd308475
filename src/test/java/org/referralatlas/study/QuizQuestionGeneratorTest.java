package org.referralatlas.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.referralatlas.TestAtlases;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Point;

class QuizQuestionGeneratorTest {
    private static final Atlas MINI = TestAtlases.mini();
    private final QuestionGenerator generator = new QuestionGenerator(MINI);

    private static Set<String> regionsOf(String muscle) {
        return Decks.regionsOf(MINI.muscle(muscle).orElseThrow());
    }

    private Question.NameTheMuscle name(String muscle, long seed) {
        return (Question.NameTheMuscle) generator.generate(new Card(QuizKind.NAME_THE_MUSCLE, muscle), new Random(seed));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1000})
    void fourDistinctOptionsWithTheAnswerAmongThem(long seed) {
        Question.NameTheMuscle q = name("temporalis", seed);
        assertEquals(4, q.options().size());
        assertEquals(4, q.options().stream().map(Option::id).distinct().count());
        assertEquals("temporalis", q.answer().id());
        assertEquals("Temporalis", q.answer().label());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1000})
    void distractorsShareARegionWithThePattern(long seed) {
        // temple, upper teeth, forehead: every other mini muscle refers to one of them.
        Question.NameTheMuscle q = name("temporalis", seed);
        Set<String> shown = Set.copyOf(q.regions());
        assertEquals(Set.of("temple", "upper-teeth", "forehead"), shown);
        for (Option o : q.options()) {
            assertFalse(java.util.Collections.disjoint(regionsOf(o.id()), shown), o.id() + " shares no region");
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1000})
    void whenTooFewShareARegionTheRestComeFromOtherMuscles(long seed) {
        // Upper trapezius refers to the back of the neck, mastoid, temple and occiput; the SCM
        // (behind the eye, forehead) shares none of them, so it can only be the fallback distractor.
        Question.NameTheMuscle q = name("upper-trapezius", seed);
        Set<String> ids = q.options().stream().map(Option::id).collect(Collectors.toSet());
        assertEquals(Set.of("upper-trapezius", "temporalis", "suboccipitals", "sternocleidomastoid-sternal"), ids);
    }

    @Test
    void distractorsAreNeverUnrelatedWhileEnoughMusclesShareARegion() {
        // Five neck-only muscles share nothing with temporalis; a twin has exactly its regions and
        // would make a second right answer. Neither may appear while three sharing muscles exist.
        Atlas atlas = StudyAtlases.miniWith(
                StudyAtlases.synthetic("neck-1", List.of("back-of-neck")),
                StudyAtlases.synthetic("neck-2", List.of("back-of-neck")),
                StudyAtlases.synthetic("neck-3", List.of("back-of-neck")),
                StudyAtlases.synthetic("neck-4", List.of("back-of-neck")),
                StudyAtlases.synthetic("neck-5", List.of("back-of-neck")),
                StudyAtlases.synthetic("temporalis-twin", List.of("temple", "upper-teeth", "forehead")));
        QuestionGenerator wide = new QuestionGenerator(atlas);
        for (long seed = 0; seed < 50; seed++) {
            Question.NameTheMuscle q = (Question.NameTheMuscle) wide.generate(
                    new Card(QuizKind.NAME_THE_MUSCLE, "temporalis"), new Random(seed));
            assertEquals(Set.of("temporalis", "upper-trapezius", "suboccipitals", "sternocleidomastoid-sternal"),
                    q.options().stream().map(Option::id).collect(Collectors.toSet()), "seed " + seed);
        }
    }

    @Test
    void theSameSeedGivesTheSameQuestion() {
        for (QuizKind kind : QuizKind.values()) {
            Card card = new Card(kind, kind.aboutMuscle() ? "temporalis" : "temple");
            assertEquals(generator.generate(card, new Random(7)), generator.generate(card, new Random(7)), kind.id());
        }
    }

    @Test
    void differentSeedsShuffleTheOptions() {
        Set<Integer> answerPositions = new HashSet<>();
        for (long seed = 0; seed < 40; seed++) {
            answerPositions.add(name("temporalis", seed).answerIndex());
        }
        assertEquals(Set.of(0, 1, 2, 3), answerPositions, "the answer is not always in the same place");
    }

    @Test
    void markZonesCarriesTheTriggerPointsZonesInTheChosenView() {
        Question.MarkZones q = (Question.MarkZones) generator.generate(new Card(QuizKind.MARK_ZONES, "temporalis"),
                new Random(1));
        assertEquals("temporalis-tp1", q.triggerPointId());
        assertEquals("", q.triggerPointLabel(), "a muscle with one trigger point needs no label");
        assertTrue(Set.of("lateral", "anterior").contains(q.viewId()), q.viewId());
        assertEquals(2, q.essentialShapes().size(), "temple and upper teeth");
        assertEquals(1, q.spilloverShapes().size(), "forehead");
    }

    @Test
    void findTriggerPointTargetsArePositionsInTheView() {
        Question.FindTriggerPoint q = (Question.FindTriggerPoint) generator.generate(
                new Card(QuizKind.FIND_TRIGGER_POINT, "temporalis"), new Random(1));
        Point expected = q.viewId().equals("lateral") ? new Point(462, 128) : new Point(338, 124);
        assertEquals(List.of(expected), q.targets().stream().map(Question.Target::at).toList());
    }

    @Test
    void everyRegionQuestionOfTheBundledAtlasHasWrongOptionsAndFitsTheKeys() {
        Atlas bundled = new org.referralatlas.data.AtlasLoader().loadBundled().atlas();
        QuestionGenerator onBundled = new QuestionGenerator(bundled);
        for (var region : bundled.regions()) {
            Card card = new Card(QuizKind.REGION_MUSCLES, region.id());
            if (!onBundled.canAsk(card)) {
                continue;
            }
            Question.RegionMuscles q = (Question.RegionMuscles) onBundled.generate(card, new Random(5));
            Set<String> offered = q.options().stream().map(Option::id).collect(Collectors.toSet());
            assertTrue(offered.size() <= QuestionGenerator.MAX_REGION_OPTIONS, region.id() + ": " + offered.size());
            assertTrue(offered.containsAll(q.correct()), region.id() + ": every right answer is offered");
            assertTrue(offered.size() - q.correct().size() >= QuestionGenerator.MIN_REGION_DISTRACTORS,
                    region.id() + ": not every option may be right: " + q.correct().size() + " of " + offered.size());
        }
    }

    @Test
    void regionQuestionOffersEveryMuscleReferringThere() {
        Question.RegionMuscles q = (Question.RegionMuscles) generator.generate(
                new Card(QuizKind.REGION_MUSCLES, "temple"), new Random(3));
        assertEquals(Set.of("upper-trapezius", "temporalis", "suboccipitals"), q.correct());
        Set<String> offered = q.options().stream().map(Option::id).collect(Collectors.toSet());
        assertTrue(offered.containsAll(q.correct()));
        assertEquals(4, offered.size(), "the mini atlas has only one muscle left to distract");
        assertFalse(q.regionShapes().isEmpty());
    }

    @Test
    void cardsTheAtlasCannotAskAreRefused() {
        Card unknown = new Card(QuizKind.NAME_THE_MUSCLE, "no-such-muscle");
        assertFalse(generator.canAsk(unknown));
        assertFalse(generator.canAsk(new Card(QuizKind.REGION_MUSCLES, "no-such-region")));
        assertThrows(IllegalArgumentException.class, () -> generator.generate(unknown, new Random(1)));
    }
}
