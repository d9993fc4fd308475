package org.referralatlas.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.referralatlas.geometry.Mask;
import org.referralatlas.query.DrawingRanking.Candidate;
import org.referralatlas.query.DrawingRanking.Combination;

/**
 * The exhaustive pair and triple search of {@link DrawingRanker} over its pool of best explainers.
 * With a pool of 8 that is 28 pairs and 56 triples; each reuses two scratch masks per view, so the
 * search allocates nothing per combination.
 */
final class Combinations {
    private final DrawnMasks drawn;
    private final long total;
    private final Map<String, Mask[]> scratch = new HashMap<>();

    Combinations(DrawnMasks drawn, long total) {
        this.drawn = drawn;
        this.total = total;
    }

    /** The recommended combination first, then the other size; empty when none beats the best single muscle. */
    List<Combination> best(List<Candidate> ranked, Map<Candidate, DrawingRanker.Tally> tallies) {
        List<Candidate> pool = ranked.stream()
                .sorted(Comparator.comparingDouble(Candidate::shareExplained).reversed())
                .limit(DrawingRanker.COMBINATION_POOL).toList();
        if (pool.size() < 2) {
            return List.of();
        }
        double bestSingle = pool.get(0).shareExplained();
        Combination pair = null, triple = null;
        int n = pool.size();
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                pair = better(pair, combination(List.of(pool.get(a), pool.get(b)), tallies));
                for (int c = b + 1; c < n; c++) {
                    triple = better(triple, combination(List.of(pool.get(a), pool.get(b), pool.get(c)), tallies));
                }
            }
        }
        List<Combination> out = new ArrayList<>();
        if (pair.shareExplained() > bestSingle + 1e-12) {
            out.add(pair);
        }
        if (triple != null && triple.shareExplained() > (out.isEmpty() ? bestSingle : pair.shareExplained()) + 1e-12) {
            // The smallest set wins unless the third muscle explains clearly more of the drawing.
            if (!out.isEmpty() && triple.shareExplained() >= pair.shareExplained() + DrawingRanker.TRIPLE_GAIN) {
                out.add(0, triple);
            } else {
                out.add(triple);
            }
        }
        return out;
    }

    /** Higher share explained; on a tie, the members with the higher summed score. */
    private static Combination better(Combination current, Combination candidate) {
        if (current == null) {
            return candidate;
        }
        double d = candidate.shareExplained() - current.shareExplained();
        if (Math.abs(d) > 1e-12) {
            return d > 0 ? candidate : current;
        }
        return scoreSum(candidate) > scoreSum(current) + 1e-12 ? candidate : current;
    }

    private static double scoreSum(Combination c) {
        return c.members().stream().mapToDouble(Candidate::score).sum();
    }

    private Combination combination(List<Candidate> members, Map<Candidate, DrawingRanker.Tally> tallies) {
        double weighted = 0;
        for (String v : drawn.views()) {
            Mask[] s = null;
            for (Candidate m : members) {
                for (ZoneMasks.MusclePattern p : tallies.get(m).patterns) {
                    if (!p.view().equals(v)) {
                        continue;
                    }
                    if (s == null) {
                        s = scratch(v, p.essential());
                        s[0].assign(p.essential());
                        s[1].assign(p.spilloverOnly());
                    } else {
                        s[0].or(p.essential());
                        s[1].or(p.spilloverOnly());
                    }
                }
            }
            if (s != null) {
                s[1].andNot(s[0]);
                weighted += drawn.weighted(v, s[0]) + DrawingRanker.SPILLOVER_WEIGHT * drawn.weighted(v, s[1]);
            }
        }
        return new Combination(members, weighted / total);
    }

    private Mask[] scratch(String view, Mask like) {
        return scratch.computeIfAbsent(view, v -> new Mask[] {new Mask(like.grid()), new Mask(like.grid())});
    }
}
