package org.referralatlas.text;

/** A failure in one line for the user; the full story (class, stack, causes) goes to the log. */
public final class ErrorText {
    /** Longest line shown; a longer message is cut with an ellipsis. */
    static final int MAX = 200;

    private ErrorText() {
    }

    /**
     * The first non-blank message along the cause chain, its first line only, without the
     * "java.io.IOException: " prefix a wrapped cause brings; the simple class name when no
     * exception in the chain has a message.
     */
    public static String oneLine(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && !message.isBlank()) {
                String line = message.strip().lines().findFirst().orElse("").strip();
                if (t.getCause() != null && line.equals(t.getCause().toString())) {
                    continue;
                }
                return line.length() <= MAX ? line : line.substring(0, MAX - 1) + "\u2026";
            }
        }
        return failure.getClass().getSimpleName();
    }
}
