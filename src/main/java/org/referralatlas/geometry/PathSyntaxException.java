package org.referralatlas.geometry;

/**
 * Path data that cannot be used: malformed SVG path syntax or, when {@link #tooManyPoints()}, well
 * formed but over the point limit. {@link #offset()} is the character index where the problem was found.
 */
public final class PathSyntaxException extends Exception {
    private final int offset;
    private final boolean tooManyPoints;

    public PathSyntaxException(String message, int offset) {
        this(message, offset, false);
    }

    private PathSyntaxException(String message, int offset, boolean tooManyPoints) {
        super(message);
        this.offset = offset;
        this.tooManyPoints = tooManyPoints;
    }

    /** The path is longer than the limit; the syntax may be fine, so callers must not call it malformed. */
    public static PathSyntaxException tooManyPoints(int maxPoints, int offset) {
        return new PathSyntaxException("path has more than " + maxPoints + " points, the limit for one path",
                offset, true);
    }

    /** The same problem found at {@code newOffset} (a sink reports -1; the parser knows where it is). */
    public PathSyntaxException at(int newOffset) {
        return new PathSyntaxException(getMessage(), newOffset, tooManyPoints);
    }

    public int offset() {
        return offset;
    }

    public boolean tooManyPoints() {
        return tooManyPoints;
    }
}
