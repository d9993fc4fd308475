package org.referralatlas.model;

import java.util.Locale;

/** What a piece of base art depicts; the skin draws each kind in its own style. */
public enum ArtKind {
    SILHOUETTE, BONE, CARTILAGE,
    /** Tendon, aponeurosis or fascia (galea, the trapezius diamond): a pale sheet among the muscles. */
    TENDON,
    /** A muscle the atlas does not describe (pectoralis major, latissimus...): context, never selectable. */
    MUSCLE,
    FEATURE, OUTLINE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ArtKind fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
