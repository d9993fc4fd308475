package org.referralatlas.export;

import java.util.List;
import java.util.Locale;
import org.referralatlas.model.Side;

/** How a handout and a legend put things in a patient's words. */
final class PlainWords {
    private PlainWords() {
    }

    /** "right side", "left side", "both sides". */
    static String side(Side side) {
        return switch (side) {
            case LEFT -> "left side";
            case RIGHT -> "right side";
            case BOTH -> "both sides";
        };
    }

    /** The names in lower case, as they read inside a sentence. */
    static List<String> lower(List<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }

    /** "a", "a and b", "a, b and c": how people list things. */
    static String join(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
