package org.referralatlas.model;

import java.util.Locale;

/**
 * How much a painted area hurts. The weight is how many times a painted cell counts when a drawing is
 * ranked: a severe cell counts three times a mild one, so the muscle that explains where it hurts most
 * wins over one that explains a larger but milder area.
 */
public enum Intensity {
    MILD(1), MODERATE(2), SEVERE(3);

    private final int weight;

    Intensity(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "mild", "moderate", "severe"; null when unknown. */
    public static Intensity parse(String text) {
        if (text == null) {
            return null;
        }
        for (Intensity i : values()) {
            if (i.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return null;
    }
}
