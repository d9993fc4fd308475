package org.referralatlas.query;

/**
 * One search result.
 *
 * @param matched the name, synonym or abbreviation that matched
 * @param score   in (0, 1]; 1 is an exact match
 */
public record SearchHit(Kind kind, String id, String name, String matched, double score) {

    /** What a hit points at. */
    public enum Kind {
        MUSCLE, REGION, SYMPTOM, TECHNIQUE;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
