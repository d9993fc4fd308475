package org.referralatlas.model;

import java.util.Locale;

/** Whether a pain region exists on each side (bilateral) or once on the midline. */
public enum Laterality {
    BILATERAL, MIDLINE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Laterality fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
