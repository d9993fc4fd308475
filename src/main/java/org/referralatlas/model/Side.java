package org.referralatlas.model;

import java.util.Locale;

/** The patient's side. Atlas geometry is authored for the patient's right and mirrored for the left. */
public enum Side {
    LEFT, RIGHT, BOTH;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "left", "right", "both" (also "l", "r", "b", "bilateral"); null when unknown. */
    public static Side parse(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "left", "l" -> LEFT;
            case "right", "r" -> RIGHT;
            case "both", "b", "bilateral" -> BOTH;
            default -> null;
        };
    }
}
