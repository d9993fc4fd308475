package org.referralatlas.data;

/**
 * Bounds on what an atlas may contain, so that a hostile or broken atlas cannot exhaust memory
 * or time. Generous for real atlases: the bundled one uses a small fraction of each (its largest
 * file is 250 KB, its largest file holds 600 JSON values, the whole atlas 1.3 MB).
 *
 * @param maxFileBytes     bytes of one file
 * @param maxFiles         files the manifest may list
 * @param maxNestingDepth  JSON nesting depth
 * @param maxStringLength  characters of one text value or field name
 * @param maxPathPoints    points one SVG path may flatten to
 * @param maxTotalBytes    bytes of all files together
 * @param maxValuesPerFile JSON values (objects, lists, numbers, texts ...) in one file
 * @param maxProblems      problems collected before checking stops (the rest are counted, not listed)
 */
public record Limits(long maxFileBytes, int maxFiles, int maxNestingDepth, int maxStringLength,
                     int maxPathPoints, long maxTotalBytes, int maxValuesPerFile, int maxProblems) {

    public static final Limits DEFAULT = new Limits(8L * 1024 * 1024, 5_000, 32, 200_000, 20_000,
            32L * 1024 * 1024, 200_000, 1_000);

    /** The per-file limits with the default whole-atlas limits. */
    public Limits(long maxFileBytes, int maxFiles, int maxNestingDepth, int maxStringLength, int maxPathPoints) {
        this(maxFileBytes, maxFiles, maxNestingDepth, maxStringLength, maxPathPoints,
                DEFAULT.maxTotalBytes, DEFAULT.maxValuesPerFile, DEFAULT.maxProblems);
    }
}
