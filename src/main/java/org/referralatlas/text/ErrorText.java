package org.referralatlas.text;

/** A failure in one line for the user; the full story (class, stack, causes) goes to the log. */
public final class ErrorText {
    /** Longest line shown; a longer message is cut with an ellipsis. */
    static final int MAX = 200;

    /** Longest part of a typed text echoed back in a message. */
    static final int MAX_QUOTED = 60;

    private ErrorText() {
    }

    /** Text the user typed, in double quotes, cut with an ellipsis after {@value #MAX_QUOTED} characters. */
    public static String quoted(String typed) {
        return "\"" + cut(typed, MAX_QUOTED) + "\"";
    }

    /** The text, or its first {@code max - 1} characters and an ellipsis; never splits a surrogate pair. */
    public static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "\u2026";
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
                return cut(line, MAX);
            }
        }
        return failure.getClass().getSimpleName();
    }
}
