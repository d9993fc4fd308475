package org.referralatlas.bench;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.PainRegion;
import org.referralatlas.model.Side;
import org.referralatlas.query.DrawingRanker;
import org.referralatlas.query.DrawingRanking;
import org.referralatlas.query.PainLookup;

/**
 * Checks on a real atlas (bundled, or the folder given as argument) what {@code DrawingConsistencyTest}
 * checks on the test atlas: for every region and side, does the drawing of exactly that region rank
 * like a pick of it? Prints the regions where it does not, for the content authors (usually a zone
 * shape reaching into a region it does not name). Not a test: the bundled content changes.
 */
public final class DrawingConsistencyReport {
    private DrawingConsistencyReport() {
    }

    public static void main(String[] args) {
        AtlasLoader.Result result = args.length == 0 ? new AtlasLoader().loadBundled()
                : new AtlasLoader().load(Path.of(args[0]));
        if (!result.ok()) {
            throw new IllegalStateException(result.problems().get(0).format());
        }
        Atlas atlas = result.atlas();
        DrawingRanker ranker = new DrawingRanker(atlas);
        PainLookup lookup = new PainLookup(atlas);
        int ok = 0, total = 0;
        for (PainRegion region : atlas.regions()) {
            for (Side side : List.of(Side.RIGHT, Side.LEFT)) {
                total++;
                List<PainLookup.Candidate> pick = lookup.lookUp(List.of(region.id()), side).candidates();
                List<DrawingRanking.Candidate> drawn = ranker.rankRegions(List.of(region.id()), side).candidates();
                List<String> ids = drawn.stream().map(c -> c.muscle().id()).toList();
                Set<String> pickIds = pick.stream().map(c -> c.muscle().id()).collect(Collectors.toSet());
                List<Integer> tiers = ids.stream().map(id -> pick.stream().filter(c -> c.muscle().id().equals(id))
                        .findFirst().map(c -> c.essentialRegions() > 0 ? 0 : 1).orElse(2)).toList();
                boolean ordered = true;
                for (int i = 1; i < tiers.size(); i++) {
                    ordered &= tiers.get(i - 1) <= tiers.get(i);
                }
                if (new HashSet<>(ids).containsAll(pickIds) && ordered) {
                    ok++;
                } else {
                    System.out.println(region.id() + " (" + side.id() + "): pick " + pick.stream()
                            .map(c -> c.muscle().id() + " " + c.score()).toList() + "; drawing " + drawn.stream()
                            .map(c -> c.muscle().id() + String.format(" %.3f", c.score())).toList());
                }
            }
        }
        System.out.println(ok + " of " + total + " region-sides rank like the pick");
    }
}
