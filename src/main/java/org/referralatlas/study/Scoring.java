package org.referralatlas.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.referralatlas.geometry.Mask;
import org.referralatlas.geometry.MaskGrid;
import org.referralatlas.geometry.PathSyntaxException;
import org.referralatlas.geometry.Shape;
import org.referralatlas.geometry.SvgPath;

/**
 * Scores an {@link Answer} to a {@link Question}. Every score lies in [0, 1].
 *
 * <h2>Rules</h2>
 * <dl>
 * <dt>Name the muscle (multiple choice)</dt>
 * <dd>1 for the correct option, 0 for any other.</dd>
 *
 * <dt>Mark the zones</dt>
 * <dd>The essential brush is compared with the essential zones, and the spillover brush with the
 * spillover zones minus the essential ones (where both overlap, the cell counts as essential),
 * each on the answer's grid. Each comparison is an F1 with a tolerance of {@code toleranceCells}:
 * precision = painted cells within {@code toleranceCells} of the zone / painted cells,
 * recall = zone cells within {@code toleranceCells} of the painting / zone cells,
 * F1 = 2pr / (p + r). With a tolerance of 0 this is exactly the Dice coefficient; the tolerance
 * forgives a hand-drawn edge that is off by a cell or two. An empty painting of a non-empty zone
 * (or the reverse) scores 0.
 * The score is {@code essentialWeight} x essential F1 + (1 - {@code essentialWeight}) x spillover F1:
 * the essential zone is what nearly every patient feels, so it weighs more. A pattern without a
 * spillover zone is scored on the essential zone alone while the spillover brush stays unused (no
 * "spillover" part, no free marks for painting nothing); spillover painted where the pattern has
 * none scores that part 0 and is weighed as above.</dd>
 *
 * <dt>Find the trigger point</dt>
 * <dd>The distance d from the click to the nearest trigger point of the muscle in the view: 1 when
 * d &le; {@code fullMarksRadius}, 0 when d &ge; {@code zeroRadius}, linear in between.</dd>
 *
 * <dt>Region &rarr; muscles</dt>
 * <dd>F1 of the picked set against the correct set: precision = correct picks / picks,
 * recall = correct picks / correct muscles; an empty selection scores 0.</dd>
 * </dl>
 *
 * @param fullMarksRadius design units; 15 is about the width of a fingertip (a head is 200 units high)
 * @param zeroRadius      design units where a click stops earning anything
 * @param toleranceCells  grid cells of slack when comparing painted and true zones
 * @param essentialWeight weight of the essential part of a zone marking, in [0, 1]
 */
public record Scoring(double fullMarksRadius, double zeroRadius, int toleranceCells, double essentialWeight) {
    public static final Scoring DEFAULT = new Scoring(15, 45, 1, 0.7);

    /** Path data is trusted atlas content, but bound the flattening anyway. */
    private static final int MAX_PATH_POINTS = 20_000;

    public Scoring {
        if (!(fullMarksRadius >= 0 && zeroRadius > fullMarksRadius)) {
            throw new IllegalArgumentException("need 0 <= fullMarksRadius < zeroRadius");
        }
        if (toleranceCells < 0 || !(essentialWeight >= 0 && essentialWeight <= 1)) {
            throw new IllegalArgumentException("bad tolerance or weight");
        }
    }

    /** Scores an answer; throws IllegalArgumentException when the answer does not fit the question. */
    public Score score(Question question, Answer answer) {
        if (question instanceof Question.NameTheMuscle q && answer instanceof Answer.Choice a) {
            return choice(q, a);
        }
        if (question instanceof Question.MarkZones q && answer instanceof Answer.MarkedZones a) {
            return zones(q, a);
        }
        if (question instanceof Question.FindTriggerPoint q && answer instanceof Answer.Click a) {
            return triggerPoint(q, a);
        }
        if (question instanceof Question.RegionMuscles q && answer instanceof Answer.Selection a) {
            return selection(q.correct(), a.ids());
        }
        throw new IllegalArgumentException(answer.getClass().getSimpleName() + " does not answer "
                + question.getClass().getSimpleName());
    }

    public Score choice(Question.NameTheMuscle question, Answer.Choice answer) {
        return Score.of(answer.index() == question.answerIndex() ? 1 : 0);
    }

    public Score zones(Question.MarkZones question, Answer.MarkedZones answer) {
        ZoneMasks target = targetMasks(question, answer.essential().grid());
        double essential = tolerantF1(answer.essential(), target.essential());
        Map<String, Double> parts = new LinkedHashMap<>();
        parts.put("essential", essential);
        if (target.spillover().isEmpty() && answer.spillover().isEmpty()) {
            return new Score(clamp(essential), parts);
        }
        double spillover = tolerantF1(answer.spillover(), target.spillover());
        parts.put("spillover", spillover);
        return new Score(clamp(essentialWeight * essential + (1 - essentialWeight) * spillover), parts);
    }

    /** The target masks of a zone question on a grid: what the feedback draws as "correct". */
    public record ZoneMasks(Mask essential, Mask spillover) {
    }

    /** Rasterises the question's zones; spillover excludes cells already essential. */
    public static ZoneMasks targetMasks(Question.MarkZones question, MaskGrid grid) {
        Mask essential = new Mask(grid);
        shapes(question.essentialShapes()).forEach(essential::add);
        Mask spillover = new Mask(grid);
        shapes(question.spilloverShapes()).forEach(spillover::add);
        spillover.andNot(essential);
        return new ZoneMasks(essential, spillover);
    }

    public Score triggerPoint(Question.FindTriggerPoint question, Answer.Click answer) {
        double nearest = question.targets().stream()
                .mapToDouble(t -> t.at().distanceTo(answer.at()))
                .min().orElse(Double.POSITIVE_INFINITY);
        double value;
        if (nearest <= fullMarksRadius) {
            value = 1;
        } else if (nearest >= zeroRadius) {
            value = 0;
        } else {
            value = (zeroRadius - nearest) / (zeroRadius - fullMarksRadius);
        }
        return new Score(value, Map.of("distance", nearest));
    }

    public Score selection(Set<String> correct, Set<String> picked) {
        long hits = picked.stream().filter(correct::contains).count();
        double precision = picked.isEmpty() ? 0 : (double) hits / picked.size();
        double recall = correct.isEmpty() ? 0 : (double) hits / correct.size();
        Map<String, Double> parts = new LinkedHashMap<>();
        parts.put("precision", precision);
        parts.put("recall", recall);
        return new Score(f1(precision, recall), parts);
    }

    double tolerantF1(Mask painted, Mask target) {
        if (painted.isEmpty() || target.isEmpty()) {
            return painted.isEmpty() && target.isEmpty() ? 1 : 0;
        }
        double precision = (double) painted.countAnd(target.dilated(toleranceCells)) / painted.count();
        double recall = (double) target.countAnd(painted.dilated(toleranceCells)) / target.count();
        return f1(precision, recall);
    }

    private static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : clamp(2 * precision * recall / (precision + recall));
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static List<Shape> shapes(List<String> pathData) {
        List<Shape> shapes = new ArrayList<>();
        for (String d : pathData) {
            try {
                shapes.add(SvgPath.shape(d, MAX_PATH_POINTS));
            } catch (PathSyntaxException e) {
                // The loader validated every path; reaching this means the atlas bypassed validation.
                throw new IllegalStateException("invalid zone path in a validated atlas: " + e.getMessage(), e);
            }
        }
        return shapes;
    }
}
