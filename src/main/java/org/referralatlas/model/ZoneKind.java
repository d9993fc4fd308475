package org.referralatlas.model;

import java.util.Locale;

/**
 * Travell &amp; Simons' two kinds of referral zone: the essential zone, present in nearly every
 * patient with an active trigger point (drawn solid), and the spillover zone, felt by some (stippled).
 */
public enum ZoneKind {
    ESSENTIAL, SPILLOVER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ZoneKind fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
