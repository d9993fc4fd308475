package org.referralatlas.study;

import java.util.List;
import java.util.Set;
import org.referralatlas.model.Point;

/**
 * A question asked about a {@link Card}. Each record carries its correct answer, so that the UI can
 * draw it beside the student's answer once submitted. Geometry is in the view's design space, on the
 * patient's right as authored; a UI showing the left side mirrors both the drawing and the input.
 */
public sealed interface Question {
    Card card();

    /** The view the question is drawn in (a figure view id). */
    String viewId();

    /**
     * Shown a trigger point's referral pattern, name the muscle.
     *
     * @param essentialShapes  SVG path data of the essential zones to draw (solid)
     * @param spilloverShapes  SVG path data of the spillover zones (stippled)
     * @param options          the answer and up to three distractors, in display order
     * @param answerIndex      0-based index of the correct option
     */
    record NameTheMuscle(Card card, String viewId, String triggerPointId, List<String> essentialShapes,
                         List<String> spilloverShapes, List<String> regions, List<Option> options,
                         int answerIndex) implements Question {
        public NameTheMuscle {
            essentialShapes = List.copyOf(essentialShapes);
            spilloverShapes = List.copyOf(spilloverShapes);
            regions = List.copyOf(regions);
            options = List.copyOf(options);
        }

        public Option answer() {
            return options.get(answerIndex);
        }
    }

    /**
     * Paint the essential and spillover zones of one trigger point of a named muscle.
     *
     * @param triggerPointLabel the trigger point's label, or "" when the muscle has only one
     */
    record MarkZones(Card card, String viewId, String muscleName, String triggerPointId,
                     String triggerPointLabel, List<String> essentialShapes, List<String> spilloverShapes)
            implements Question {
        public MarkZones {
            essentialShapes = List.copyOf(essentialShapes);
            spilloverShapes = List.copyOf(spilloverShapes);
        }
    }

    /** Click the trigger point of a named muscle; any of its trigger points in the view counts. */
    record FindTriggerPoint(Card card, String viewId, String muscleName, List<Target> targets)
            implements Question {
        public FindTriggerPoint {
            targets = List.copyOf(targets);
        }
    }

    /** A trigger point's position, the correct answer of {@link FindTriggerPoint}. */
    record Target(String triggerPointId, String label, Point at) {
    }

    /**
     * Pick every muscle that refers pain to a region (by an essential or a spillover zone).
     *
     * @param viewId a view in which the region is drawn
     */
    record RegionMuscles(Card card, String viewId, String regionName, List<String> regionShapes,
                         List<Option> options, Set<String> correct) implements Question {
        public RegionMuscles {
            regionShapes = List.copyOf(regionShapes);
            options = List.copyOf(options);
            correct = Set.copyOf(correct);
        }
    }
}
