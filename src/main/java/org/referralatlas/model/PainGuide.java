package org.referralatlas.model;

import java.util.List;
import java.util.Optional;

/**
 * A pain guide's order for one pain region: the muscles (or {@link MuscleGroup} ids) most likely to
 * refer there, first place first, as a printed guide lists them ({@code derived} false) or as the
 * atlas editors read the cited chapters where no printed guide covers the region ({@code derived}
 * true). {@code alternatives} are orders other sources give where they differ; they are shown,
 * never used for ranking.
 *
 * @param area the guide's own name for the area, e.g. "Temporal headache"
 */
public record PainGuide(String region, String area, boolean derived, List<String> order, String note,
                        List<SourceRef> sources, List<Alternative> alternatives) {
    public PainGuide {
        order = List.copyOf(order);
        sources = List.copyOf(sources);
        alternatives = List.copyOf(alternatives);
    }

    /** Another source's order for the same region. */
    public record Alternative(List<String> order, String note, List<SourceRef> sources) {
        public Alternative {
            order = List.copyOf(order);
            sources = List.copyOf(sources);
        }
    }

    /** The 1-based place of a muscle or group id in this guide, if listed. */
    public Optional<Integer> place(String id) {
        int i = order.indexOf(id);
        return i < 0 ? Optional.empty() : Optional.of(i + 1);
    }
}
