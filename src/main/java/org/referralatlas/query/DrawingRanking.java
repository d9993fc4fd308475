package org.referralatlas.query;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.referralatlas.geometry.Mask;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.Side;
import org.referralatlas.model.ZoneKind;

/**
 * The answer of {@link DrawingRanker}: candidate muscles (each on one side), the best combinations,
 * and what no muscle of the atlas explains. Shares are of the intensity-weighted drawing, in [0, 1].
 *
 * @param candidates         muscles whose pattern touches the drawing, best first
 * @param combinations       the recommended combination first (see {@link DrawingRanker}); empty when
 *                           no pair explains more than the best single muscle
 * @param unexplainedShare   share of the drawing outside every zone of every muscle (on the allowed sides)
 * @param unexplained        per view, the painted cells no zone explains, for the figure to show
 * @param drawnArea          painted area in square design units, all views
 */
public record DrawingRanking(List<Candidate> candidates, List<Combination> combinations,
                             double unexplainedShare, Map<String, Mask> unexplained, double drawnArea) {
    public DrawingRanking {
        candidates = List.copyOf(candidates);
        combinations = List.copyOf(combinations);
        unexplained = Map.copyOf(unexplained);
    }

    /** The smallest set of two or three muscles that explains most of the drawing, if any helps. */
    public Optional<Combination> bestCombination() {
        return combinations.isEmpty() ? Optional.empty() : Optional.of(combinations.get(0));
    }

    /**
     * One muscle on one side.
     *
     * @param score           the clinical score of {@link ClinicalScore#drawingScore} (the pain guides, zone kinds
     *                        and the share of the drawn regions explained); the fit where no region is drawn
     * @param shareExplained  weighted share of the drawing its pattern explains (the credits of {@link DrawingRanker})
     * @param essentialShare  weighted share of the drawing inside its essential zones' shapes
     * @param spilloverShare  weighted share inside its spillover zones' shapes only
     * @param regionShare     weighted share credited only because it lies in a region one of its zones names
     * @param patternLeftOut  share of its essential pattern (in the views drawn on) the drawing leaves out
     * @param reasons         the zones that overlap the drawing, essential first, then by share
     * @param fit             how well the pattern's shapes fit the drawing, x · (1 − ½ o) of {@link DrawingRanker};
     *                        orders candidates of equal score
     * @param regionsExplained share of the drawing's region cells in regions its zones name (X of
     *                        {@link ClinicalScore#drawingScore})
     * @param group           the group this row stands for (its best-scoring member is {@code muscle}), or null
     * @param members         the group's members, or just the muscle
     */
    public record Candidate(Muscle muscle, Side side, double score, double shareExplained, double essentialShare,
                            double spilloverShare, double regionShare, double patternLeftOut, List<Reason> reasons,
                            double fit, double regionsExplained, org.referralatlas.model.MuscleGroup group, List<Muscle> members) {
        public Candidate {
            reasons = List.copyOf(reasons);
            members = List.copyOf(members);
        }

        /** This muscle standing for its whole group: the group's one row. */
        Candidate asGroup(org.referralatlas.model.MuscleGroup g, List<Muscle> groupMembers) {
            return new Candidate(muscle, side, score, shareExplained, essentialShare, spilloverShare, regionShare,
                    patternLeftOut, reasons, fit, regionsExplained, g, groupMembers);
        }

        /** The group's name, or the muscle's. */
        public String name() {
            return group != null ? group.name() : muscle.name();
        }

        public String key() {
            return muscle.id() + "/" + side.id();
        }
    }

    /**
     * A zone of a trigger point that overlaps the drawing (its shapes or the regions it names), and the
     * weighted share of the drawing that lies there.
     */
    public record Reason(String triggerPoint, String triggerPointLabel, ZoneKind zone, List<String> regions,
                         double shareOfDrawing) {
        public Reason {
            regions = List.copyOf(regions);
        }
    }

    /** Muscles that together explain {@code shareExplained} of the drawing (a cell counts once, at its best weight). */
    public record Combination(List<Candidate> members, double shareExplained) {
        public Combination {
            members = List.copyOf(members);
        }
    }
}
