package org.referralatlas.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.referralatlas.TestAtlases;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.PainRegion;

/**
 * The study decks and every kind of quiz card cover the whole bundled atlas, the shoulder girdle, the arm
 * and its finer regions included, with nothing listed by hand: a muscle or region added to the atlas data
 * is in the decks and can be asked the next time the app starts.
 */
class WholeAtlasStudyTest {
    private static final Atlas atlas = TestAtlases.bundled();

    private static Set<String> referredRegions(Muscle m) {
        Set<String> out = new LinkedHashSet<>();
        m.triggerPoints().forEach(tp -> tp.zones().forEach(z -> out.addAll(z.regions())));
        return out;
    }

    @Test
    void theAllDeckHoldsEveryMuscleAndEveryRegionAMuscleRefersTo() {
        Deck all = Decks.all(atlas);
        assertEquals(atlas.muscles().stream().map(Muscle::id).toList(), all.muscles());
        Set<String> referred = atlas.muscles().stream().flatMap(m -> referredRegions(m).stream())
                .collect(Collectors.toSet());
        assertEquals(atlas.regions().stream().map(PainRegion::id).filter(referred::contains).toList(), all.regions());
        // the muscles and arm regions of issue #13 are there because the data has them, not by name
        assertTrue(all.muscles().containsAll(List.of("subscapularis", "latissimus-dorsi", "pectoralis-major",
                "triceps-brachii", "serratus-posterior-superior", "brachialis")), all.muscles().toString());
        assertTrue(all.regions().containsAll(List.of("front-of-upper-arm", "back-of-upper-arm", "inner-elbow",
                "wrist", "ring-little-finger", "side-of-chest")), all.regions().toString());
        assertFalse(all.regions().contains("armpit"), "no pattern refers into the armpit: no region card for it");
    }

    @Test
    void everyMuscleIsInTheAreaDeckOfEveryRegionItRefersTo() {
        List<Deck> byArea = Decks.byArea(atlas);
        for (Muscle m : atlas.muscles()) {
            for (String regionId : referredRegions(m)) {
                String area = atlas.region(regionId).orElseThrow().area();
                Deck deck = byArea.stream().filter(d -> d.id().equals("area:" + area)).findFirst()
                        .orElseThrow(() -> new AssertionError("no deck for area " + area));
                assertTrue(deck.muscles().contains(m.id()), m.id() + " missing from " + deck.id());
                assertTrue(deck.regions().contains(regionId), regionId + " missing from " + deck.id());
            }
        }
    }

    @Test
    void everyCardOfTheAllDeckCanBeAskedInEveryKind() {
        QuestionGenerator generator = new QuestionGenerator(atlas);
        List<Card> cards = Decks.all(atlas).cards(EnumSet.allOf(QuizKind.class));
        assertEquals(atlas.muscles().size() * 3 + Decks.all(atlas).regions().size(), cards.size(),
                "three kinds of card per muscle, one per referred-to region");
        Random random = new Random(13);
        for (Card card : cards) {
            assertTrue(generator.canAsk(card), card + " cannot be asked");
            Question q = generator.generate(card, random);
            assertNotNull(q, card.toString());
        }
    }
}
