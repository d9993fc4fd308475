package org.referralatlas.study;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The result of scoring one answer.
 *
 * @param value in [0, 1]; 1 is a perfect answer
 * @param parts the components the value was built from, by name (e.g. "essential", "spillover",
 *              "distance"), in a stable order, for the feedback panel
 */
public record Score(double value, Map<String, Double> parts) {
    public Score {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("score must lie in [0, 1], was " + value);
        }
        parts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }

    public static Score of(double value) {
        return new Score(value, Map.of());
    }

    public boolean perfect() {
        return value >= 1;
    }
}
