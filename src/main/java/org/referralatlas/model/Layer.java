package org.referralatlas.model;

import java.util.Locale;

/** Depth layer of a drawn muscle: superficial muscles cover deep ones. */
public enum Layer {
    SUPERFICIAL, DEEP;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Layer fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
