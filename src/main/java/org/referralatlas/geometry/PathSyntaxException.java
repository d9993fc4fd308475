package org.referralatlas.geometry;

/** Malformed SVG path data; {@link #offset()} is the character index where the problem was found. */
public final class PathSyntaxException extends Exception {
    private final int offset;

    public PathSyntaxException(String message, int offset) {
        super(message);
        this.offset = offset;
    }

    public int offset() {
        return offset;
    }
}
