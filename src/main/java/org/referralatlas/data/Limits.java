package org.referralatlas.data;

/**
 * Bounds on what an atlas may contain, so that a hostile or broken atlas cannot exhaust memory
 * or time. Generous for real atlases: the bundled one uses a small fraction of each.
 */
public record Limits(long maxFileBytes, int maxFiles, int maxNestingDepth, int maxStringLength,
                     int maxPathPoints) {

    public static final Limits DEFAULT = new Limits(8L * 1024 * 1024, 5_000, 32, 200_000, 20_000);
}
