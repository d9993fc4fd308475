package org.referralatlas.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.referralatlas.TestAtlases;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Side;

/**
 * The drawing ranker on the whole bundled atlas, shoulder and arm included: for every region and side, a pick of
 * the region ranked as a drawing gives every muscle (or group) the lookup lists the lookup's own score (README,
 * "How a pain drawing is ranked": a one-region pick scores as the lookup's pick), so the pain guides' order holds on
 * the drawing path too; muscles whose zone shape only reaches into the region without naming it come after them.
 */
class WholeAtlasDrawingTest {
    private static final Atlas ATLAS = TestAtlases.bundled();
    private static final DrawingRanker RANKER = new DrawingRanker(ATLAS);
    private static final PainLookup LOOKUP = new PainLookup(ATLAS);

    static Stream<Arguments> regionsAndSides() {
        return DrawingConsistencyTest.regionsAndSides(ATLAS);
    }

    private static String unit(String muscleId) {
        return ATLAS.groupOf(muscleId).map(g -> g.id()).orElse(muscleId);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("regionsAndSides")
    void aPickRankedAsADrawingScoresAsTheLookup(String region, Side side) {
        Map<String, Double> picked = LOOKUP.lookUp(List.of(region), side).candidates().stream()
                .collect(Collectors.toMap(PainLookup.Candidate::id, PainLookup.Candidate::score));
        List<DrawingRanking.Candidate> drawn = RANKER.rankRegions(List.of(region), side).candidates();
        assertTrue(drawn.stream().allMatch(c -> c.side() == side), "candidates on the drawn side only");
        Map<String, Double> drawnScores = drawn.stream().collect(Collectors.toMap(c -> unit(c.muscle().id()),
                DrawingRanking.Candidate::score, Math::max));
        picked.forEach((id, score) -> {
            assertTrue(drawnScores.containsKey(id), id + " is picked for " + region + " but not drawn");
            assertEquals(score, drawnScores.get(id), 1e-9, id + " at " + region);
        });
        List<String> order = drawn.stream().map(c -> unit(c.muscle().id())).distinct().toList();
        List<String> pickedFirst = order.subList(0, picked.size());
        assertEquals(picked.keySet(), Set.copyOf(pickedFirst), "the lookup's muscles lead the drawing: " + order);
        List<Double> scores = pickedFirst.stream().map(picked::get).toList();
        for (int i = 1; i < scores.size(); i++) {
            assertTrue(scores.get(i - 1) >= scores.get(i), "in the lookup's order: " + pickedFirst);
        }
    }
}
