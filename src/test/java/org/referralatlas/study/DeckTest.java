package org.referralatlas.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.referralatlas.TestAtlases;
import org.referralatlas.model.Atlas;

class DeckTest {
    private static final Atlas MINI = TestAtlases.mini();

    @Test
    void areaDecksFollowWherePainIsFelt() {
        List<Deck> decks = Decks.byArea(MINI);
        assertEquals(List.of("area:head", "area:face", "area:neck", "area:jaw"), decks.stream().map(Deck::id).toList());
        Deck jaw = decks.get(3);
        assertEquals("Jaw", jaw.name());
        assertEquals(List.of("temporalis"), jaw.muscles());
        assertEquals(List.of("upper-teeth"), jaw.regions());
        Deck face = decks.get(1);
        assertEquals(List.of("sternocleidomastoid-sternal", "suboccipitals"), face.muscles(), "atlas order");
        assertEquals(List.of("upper-trapezius"), decks.get(2).muscles());
    }

    @Test
    void cardsAreEveryChosenKindPerMuscleThenTheRegions() {
        Deck jaw = Decks.byArea(MINI).get(3);
        assertEquals(List.of(new Card(QuizKind.NAME_THE_MUSCLE, "temporalis"), new Card(QuizKind.MARK_ZONES, "temporalis"),
                new Card(QuizKind.FIND_TRIGGER_POINT, "temporalis"), new Card(QuizKind.REGION_MUSCLES, "upper-teeth")),
                jaw.cards(EnumSet.allOf(QuizKind.class)));
        assertEquals(List.of(new Card(QuizKind.MARK_ZONES, "temporalis")), jaw.cards(Set.of(QuizKind.MARK_ZONES)));
    }

    @Test
    void aUserDeckKeepsKnownMusclesAndTheRegionsTheyReferTo() {
        Deck deck = Decks.of(MINI, new UserDeck("exam", "Exam", List.of("temporalis", "gone-muscle", "temporalis")));
        assertEquals("user:exam", deck.id());
        assertEquals(List.of("temporalis"), deck.muscles());
        assertEquals(List.of("temple", "forehead", "upper-teeth"), deck.regions(), "atlas region order");
        assertEquals(true, deck.userDefined());
    }

    @Test
    void availableDecksAreAllThenAreasThenTheUsers() {
        List<Deck> decks = Decks.available(MINI, List.of(new UserDeck("mine", "Mine", List.of("suboccipitals"))));
        assertEquals(List.of("all", "area:head", "area:face", "area:neck", "area:jaw", "user:mine"),
                decks.stream().map(Deck::id).toList());
        assertEquals(4, decks.get(0).muscles().size());
        assertEquals(7, decks.get(0).regions().size());
    }

    @Test
    void userDeckIdsComeFromTheNameAndNeverCollide() {
        assertEquals("exam-1", UserDeck.create(" Exam 1! ", List.of(), List.of()).id());
        assertEquals("Exam 1!", UserDeck.create(" Exam 1! ", List.of(), List.of()).name());
        assertEquals("exam-1-3", UserDeck.create("Exam 1", List.of(), List.of("exam-1", "exam-1-2")).id());
        assertEquals("deck", UserDeck.create("???", List.of(), List.of()).id());
    }

    @Test
    void cardIdsRoundTrip() {
        Card card = new Card(QuizKind.FIND_TRIGGER_POINT, "upper-trapezius");
        assertEquals("find-trigger-point:upper-trapezius", card.id());
        assertEquals(card, Card.parse(card.id()));
    }
}
