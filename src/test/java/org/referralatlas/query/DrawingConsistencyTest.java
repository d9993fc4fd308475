package org.referralatlas.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.referralatlas.TestAtlases;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.PainRegion;
import org.referralatlas.model.Side;

/**
 * "A drawing that covers exactly one region ranks like a pick of that region", with 'ranks like'
 * meaning, for the drawing that paints exactly region R on side s and {@link PainLookup}'s pick of R on s:
 * <ol>
 *   <li>every muscle of the pick is a candidate, and every candidate is on side s;</li>
 *   <li>the same tiers in the same order (the mini atlas has no pain guide, so the pick's tiers are the
 *       zone kinds): every muscle with an essential zone in R ranks above every spillover-only one, and those above any
 *       muscle the pick does not list (one whose zone for a neighbouring region reaches into R);</li>
 *   <li>so the first muscle of the drawing is one of the pick's top muscles.</li>
 * </ol>
 * Order within a tier may differ: the pick has only ties there, the drawing breaks them by geometry.
 */
class DrawingConsistencyTest {
    private static final Atlas ATLAS = TestAtlases.mini();
    private static final DrawingRanker RANKER = new DrawingRanker(DrawingRankerTest.ZONES);
    private static final PainLookup LOOKUP = new PainLookup(ATLAS);

    static Stream<Arguments> regionsAndSides() {
        return regionsAndSides(ATLAS);
    }

    /** Every region of the atlas on the right and on the left, for a parameterised test. */
    static Stream<Arguments> regionsAndSides(Atlas atlas) {
        List<Arguments> out = new ArrayList<>();
        for (PainRegion r : atlas.regions()) {
            out.add(Arguments.of(r.id(), Side.RIGHT));
            out.add(Arguments.of(r.id(), Side.LEFT));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("regionsAndSides")
    void aDrawingOfExactlyOneRegionRanksLikeAPickOfIt(String region, Side side) {
        List<PainLookup.Candidate> pick = LOOKUP.lookUp(List.of(region), side).candidates();
        List<DrawingRanking.Candidate> drawn = RANKER.rankRegions(List.of(region), side).candidates();
        assertFalse(pick.isEmpty(), "every mini region has a candidate, or the test proves nothing");

        List<String> drawnIds = drawn.stream().map(c -> c.muscle().id()).toList();
        assertTrue(drawn.stream().allMatch(c -> c.side() == side), "candidates on the drawn side only");
        Set<String> pickIds = pick.stream().map(c -> c.muscle().id()).collect(Collectors.toSet());
        assertTrue(drawnIds.containsAll(pickIds), "every picked muscle is a candidate: " + drawnIds);
        assertEquals(drawnIds.size(), Set.copyOf(drawnIds).size());

        // Tier of each drawn candidate: 0 essential in the pick, 1 spillover in the pick, 2 not in the pick.
        List<Integer> tiers = drawnIds.stream().map(id -> pick.stream().filter(c -> c.muscle().id().equals(id))
                .findFirst().map(c -> c.essentialRegions() > 0 ? 0 : 1).orElse(2)).toList();
        for (int i = 1; i < tiers.size(); i++) {
            assertTrue(tiers.get(i - 1) <= tiers.get(i), "essential, then spillover, then others: " + drawnIds);
        }

        double top = pick.get(0).score();
        Set<String> topPick = pick.stream().filter(c -> c.score() == top).map(c -> c.muscle().id())
                .collect(Collectors.toSet());
        assertTrue(topPick.contains(drawnIds.get(0)), "first drawn " + drawnIds.get(0) + " not in " + topPick);
    }

    @Test
    void theSplitIsActuallyExercised() {
        // forehead and occiput are where a spillover-only muscle meets an essential one in the mini atlas.
        for (String region : List.of("forehead", "occiput")) {
            List<PainLookup.Candidate> pick = LOOKUP.lookUp(List.of(region), Side.RIGHT).candidates();
            assertTrue(pick.stream().anyMatch(c -> c.essentialRegions() == 0), region);
            assertTrue(pick.stream().anyMatch(c -> c.essentialRegions() > 0), region);
        }
    }

    @Test
    void bothSidesPickedGivesEachSidesMuscle() {
        List<DrawingRanking.Candidate> drawn = RANKER.rankRegions(List.of("mastoid"), Side.BOTH).candidates();
        assertEquals(Set.of("upper-trapezius/right", "upper-trapezius/left"),
                drawn.stream().map(DrawingRanking.Candidate::key).collect(Collectors.toSet()));
    }
}
