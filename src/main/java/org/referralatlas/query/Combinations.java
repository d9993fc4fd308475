package org.referralatlas.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.referralatlas.geometry.Mask;
import org.referralatlas.model.Intensity;
import org.referralatlas.query.DrawingRanking.Candidate;
import org.referralatlas.query.DrawingRanking.Combination;

/**
 * The exhaustive pair and triple search of {@link DrawingRanker} over its pool of best explainers.
 * With a pool of 8 that is 28 pairs and 56 triples, each scored on a compact index of the drawn cells
 * that some member explains (see {@link #index}). One instance per ranking; not thread-safe.
 */
final class Combinations {
    private final DrawnMasks drawn;
    private final long total;
    /** Word ranges per intensity in the compact index: [start[i], start[i + 1]). */
    private int[] start;
    /** Per pool member, over the compact index: cells it credits fully, by half, by a quarter. */
    private long[][] essential;
    private long[][] half;
    private long[][] quarter;

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
        index(pool, tallies);
        Combination pair = null, triple = null;
        int n = pool.size();
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                pair = better(pair, combination(pool, a, b));
                for (int c = b + 1; c < n; c++) {
                    triple = better(triple, combination(pool, a, b, c));
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

    /**
     * Re-indexes the cells that matter (drawn cells inside some pool member's pattern) as 0..n-1,
     * grouped by intensity, each group starting on a word boundary; then each member becomes two
     * short bitsets over that index (credit 1, ½, ¼; ½ merges spillover shapes and essential regions,
     * which earn the same while REGION_CREDIT equals SPILLOVER_WEIGHT). A combination is then a few OR and
     * popcounts per word of a list as long as the explained part of the drawing, not the grid.
     */
    private void index(List<Candidate> pool, Map<Candidate, DrawingRanker.Tally> tallies) {
        List<String> views = new ArrayList<>(drawn.views());
        Intensity[] levels = Intensity.values();
        ZoneMasks.MusclePattern[][] patterns = new ZoneMasks.MusclePattern[pool.size()][views.size()];
        Mask[][] cells = new Mask[levels.length][views.size()];
        for (int v = 0; v < views.size(); v++) {
            Mask relevant = null;
            for (int k = 0; k < pool.size(); k++) {
                for (ZoneMasks.MusclePattern p : tallies.get(pool.get(k)).patterns) {
                    if (p.view().equals(views.get(v))) {
                        patterns[k][v] = p;
                        relevant = relevant == null ? new Mask(p.essential().grid()) : relevant;
                        relevant.or(p.essential()).or(p.spilloverOnly()).or(p.essentialRegions())
                                .or(p.spilloverRegions());
                    }
                }
            }
            for (Intensity level : levels) {
                cells[level.ordinal()][v] = relevant == null ? null
                        : relevant.intersection(drawn.layer(views.get(v), level));
            }
        }
        start = new int[levels.length + 1];
        for (Intensity level : levels) {
            int n = 0;
            for (Mask m : cells[level.ordinal()]) {
                n += m == null ? 0 : m.count();
            }
            start[level.ordinal() + 1] = start[level.ordinal()] + ((n + 63) >>> 6);
        }
        essential = new long[pool.size()][start[levels.length]];
        half = new long[pool.size()][start[levels.length]];
        quarter = new long[pool.size()][start[levels.length]];
        for (Intensity level : levels) {
            int[] pos = {start[level.ordinal()] << 6};
            for (int v = 0; v < views.size(); v++) {
                Mask m = cells[level.ordinal()][v];
                if (m == null) {
                    continue;
                }
                int view = v;
                long[] em = new long[pool.size()], hm = new long[pool.size()], qm = new long[pool.size()];
                // Word by word: each member's words are loaded once, then each drawn bit is tested in registers.
                m.forEachWord((w, bits) -> {
                    for (int k = 0; k < pool.size(); k++) {
                        ZoneMasks.MusclePattern p = patterns[k][view];
                        em[k] = p == null ? 0 : p.essential().word(w) & bits;
                        hm[k] = p == null ? 0 : (p.spilloverOnly().word(w) | p.essentialRegions().word(w)) & bits;
                        qm[k] = p == null ? 0 : p.spilloverRegions().word(w) & bits;
                    }
                    for (long rest = bits; rest != 0; rest &= rest - 1) {
                        long bit = rest & -rest;
                        int i = pos[0]++;
                        for (int k = 0; k < em.length; k++) {
                            if ((em[k] & bit) != 0) {
                                essential[k][i >>> 6] |= 1L << i;
                            } else if ((hm[k] & bit) != 0) {
                                half[k][i >>> 6] |= 1L << i;
                            } else if ((qm[k] & bit) != 0) {
                                quarter[k][i >>> 6] |= 1L << i;
                            }
                        }
                    }
                });
            }
        }
    }

    private Combination combination(List<Candidate> pool, int... members) {
        double weighted = 0;
        for (Intensity level : Intensity.values()) {
            long e = 0, h = 0, q = 0;
            for (int w = start[level.ordinal()]; w < start[level.ordinal() + 1]; w++) {
                long eu = 0, hu = 0, qu = 0;
                for (int k : members) {
                    eu |= essential[k][w];
                    hu |= half[k][w];
                    qu |= quarter[k][w];
                }
                e += Long.bitCount(eu);
                h += Long.bitCount(hu & ~eu);
                q += Long.bitCount(qu & ~hu & ~eu);
            }
            // The credits of DrawingRanker: spillover shapes and essential regions ½, spillover regions ¼.
            weighted += level.weight() * (e + DrawingRanker.SPILLOVER_WEIGHT * h
                    + DrawingRanker.REGION_CREDIT * DrawingRanker.SPILLOVER_WEIGHT * q);
        }
        List<Candidate> list = new ArrayList<>();
        for (int k : members) {
            list.add(pool.get(k));
        }
        return new Combination(list, weighted / total);
    }
}
