package org.referralatlas.data;

/** Converts JSON Pointers ({@code /muscles/0/name}) to the dotted form users read ({@code $.muscles[0].name}). */
public final class JsonPaths {
    private JsonPaths() {
    }

    public static String display(String pointer) {
        StringBuilder sb = new StringBuilder("$");
        if (pointer.isEmpty()) {
            return sb.toString();
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            String segment = raw.replace("~1", "/").replace("~0", "~");
            if (!segment.isEmpty() && segment.chars().allMatch(Character::isDigit)) {
                sb.append('[').append(segment).append(']');
            } else if (segment.matches("[A-Za-z_$][A-Za-z0-9_$-]*")) {
                sb.append('.').append(segment);
            } else {
                sb.append("[\"").append(segment.replace("\"", "\\\"")).append("\"]");
            }
        }
        return sb.toString();
    }

    /** Appends a segment to a pointer. */
    public static String child(String pointer, Object segment) {
        return pointer + "/" + LocatedJson.escape(String.valueOf(segment));
    }
}
