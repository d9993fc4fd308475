package org.referralatlas.model;

import java.util.Locale;

/** How a technique is delivered; the patient view hides {@link #INVASIVE_CLINICAL} unless asked. */
public enum TechniqueCategory {
    HANDS_ON, INVASIVE_CLINICAL, SELF_CARE, LIFESTYLE;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static TechniqueCategory fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
