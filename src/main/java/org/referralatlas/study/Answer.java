package org.referralatlas.study;

import java.util.Set;
import org.referralatlas.geometry.Mask;
import org.referralatlas.model.Point;

/** What the student gave; one record per {@link Question} kind. */
public sealed interface Answer {
    /** The 0-based index of the option picked in a {@link Question.NameTheMuscle}. */
    record Choice(int index) implements Answer {
    }

    /**
     * The areas painted for a {@link Question.MarkZones}: one mask per brush (essential, spillover).
     * The masks are copied, so the UI may keep painting on its own.
     */
    record MarkedZones(Mask essential, Mask spillover) implements Answer {
        public MarkedZones {
            if (!essential.grid().equals(spillover.grid())) {
                throw new IllegalArgumentException("essential and spillover masks must share a grid");
            }
            essential = essential.copy();
            spillover = spillover.copy();
        }
    }

    /** A click in the view's design space, for a {@link Question.FindTriggerPoint}. */
    record Click(Point at) implements Answer {
    }

    /** The option ids picked for a {@link Question.RegionMuscles}. */
    record Selection(Set<String> ids) implements Answer {
        public Selection {
            ids = Set.copyOf(ids);
        }
    }
}
