package org.referralatlas.query;

import java.util.Locale;
import java.util.Optional;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.PainGuide;
import org.referralatlas.model.PainRegion;
import org.referralatlas.model.ZoneKind;

/**
 * The one clinical score of the atlas, used by the reverse lookup ({@link PainLookup}), the
 * multi-region pain finder (which calls it) and the drawing ranker ({@link DrawingRanker}).
 *
 * <h2>Credit for one region</h2>
 * A ranked unit u (a muscle, or a {@link org.referralatlas.model.MuscleGroup} that takes one place)
 * earns, for a pain region r, with w = {@value #ESSENTIAL_WEIGHT} when one of its trigger points has an
 * essential zone in r and w = {@value #SPILLOVER_WEIGHT} when only a spillover zone reaches r:
 * <pre>
 *   listed at place k of r's pain guide of K places:  credit = ½ + ½ · (K − k + w) / K     in (½, 1]
 *   not listed, or r has no guide:                    credit = ½ · w                       ½ or ¼
 *   no zone in r:                                     credit = 0
 * </pre>
 * So within one region the guide's order decides (place k earns more than place k + 1 whatever the
 * zone kinds, because w only moves a credit within its place's step of ½/K), every listed unit ranks
 * above every unlisted one, and among the unlisted ones essential ranks above spillover. The first
 * place with an essential zone earns 1.
 *
 * <h2>Score for a query of n regions</h2>
 * With j the number of chosen regions the unit's zones reach and c̄ its mean credit over those j:
 * <pre>
 *   score = (j − 1 + c̄) / n          in (0, 1]
 * </pre>
 * A unit that explains more of the chosen regions always ranks higher (a score lies in
 * ((j − 1)/n, j/n]); among units that explain as many, the guides' places and the zone kinds decide.
 * For one region the score is the credit itself.
 *
 * <h2>Score for a drawing</h2>
 * A drawing ({@link DrawingRanker}) is the same query with coverage measured in its own terms: each
 * pain region r it paints (on one side) has a share s<sub>r</sub> of the drawing's intensity-weighted
 * cells in regions. With X the summed share of the drawn regions the unit's zones name, c̄ its
 * credit (as above) averaged over them weighted by share, and q = Σ s<sub>r</sub>² the share of the
 * region a drawn cell typically lies in:
 * <pre>
 *   score = X − min(q, X) · (1 − c̄)        in [0, 1]
 * </pre>
 * A query of n equal regions has s<sub>r</sub> = q = 1/n and X = j/n, so this is the score above;
 * one drawn region gives the credit itself. A unit that explains a typical region's share more of the
 * drawing ranks higher whatever the guides say; among units that explain as much, the guides' places
 * and the zone kinds decide ({@link #drawingScore}).
 */
public final class ClinicalScore {
    public static final double ESSENTIAL_WEIGHT = 1.0;
    public static final double SPILLOVER_WEIGHT = 0.5;

    private final Atlas atlas;

    public ClinicalScore(Atlas atlas) {
        this.atlas = atlas;
    }

    public static double weight(ZoneKind kind) {
        return kind == ZoneKind.ESSENTIAL ? ESSENTIAL_WEIGHT : SPILLOVER_WEIGHT;
    }

    /** Credit of a unit (muscle or group id) for one region, given its best zone kind there. */
    public double credit(String unitId, String regionId, ZoneKind best) {
        if (best == null) {
            return 0;
        }
        double w = weight(best);
        Optional<PainGuide> guide = atlas.painGuide(regionId);
        Optional<Integer> place = guide.flatMap(g -> g.place(unitId));
        if (place.isEmpty()) {
            return 0.5 * w;
        }
        int k = place.get();
        int places = guide.get().order().size();
        return 0.5 + 0.5 * (places - k + w) / places;
    }

    /** The score of a unit that reaches {@code explained} of {@code chosen} regions with these credits summed. */
    public static double score(int explained, double creditSum, int chosen) {
        if (explained == 0 || chosen == 0) {
            return 0;
        }
        return (explained - 1 + creditSum / explained) / chosen;
    }

    /**
     * The score of a unit in a drawing (see "Score for a drawing" above).
     *
     * @param explained   share of the drawing's region cells in regions the unit names, in [0, 1]
     * @param meanCredit  the unit's share-weighted mean credit over those regions, in [0, 1]
     * @param typical     Σ of the squared region shares of the drawing, in (0, 1]
     */
    public static double drawingScore(double explained, double meanCredit, double typical) {
        return explained - Math.min(typical, explained) * (1 - meanCredit);
    }

    /** The place of a unit in a region's guide, with the words for it ("T&S pain guide for the temple: 1st"). */
    public record GuidePlace(String region, int place, int places, boolean derived, String text) {
    }

    public Optional<GuidePlace> place(String unitId, String regionId) {
        return atlas.painGuide(regionId).flatMap(g -> g.place(unitId).map(k -> new GuidePlace(regionId, k,
                g.order().size(), g.derived(), describe(g, k))));
    }

    private String describe(PainGuide g, int k) {
        String where = atlas.region(g.region()).map(ClinicalScore::phrase).orElse(g.region());
        String who = g.derived() ? "Atlas order (no printed guide)"
                : g.sources().stream().anyMatch(s -> s.source().startsWith("travell-simons")) ? "T&S pain guide"
                : "Pain guide (" + g.sources().get(0).source() + ")";
        return who + " for " + where + ": " + ordinal(k);
    }

    /** "Temple" becomes "the temple", "Behind the eye" stays "behind the eye". */
    static String phrase(PainRegion region) {
        String plain = region.plainName();
        String lower = plain.substring(0, 1).toLowerCase(Locale.ROOT) + plain.substring(1);
        boolean preposition = lower.matches("(behind|between|over|above|below|in|inside|under)\\b.*");
        return preposition ? lower : "the " + lower;
    }

    public static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }
}
