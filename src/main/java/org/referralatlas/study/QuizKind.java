package org.referralatlas.study;

import java.util.Locale;

/** The four kinds of study question; each makes a different card of the same muscle or region. */
public enum QuizKind {
    /** Shown a referral pattern, pick the muscle among four. Subject: the muscle. */
    NAME_THE_MUSCLE,
    /** Given a muscle, paint its essential and spillover zones on the figure. Subject: the muscle. */
    MARK_ZONES,
    /** Given a muscle, click where its trigger point lies. Subject: the muscle. */
    FIND_TRIGGER_POINT,
    /** Given a region, pick every muscle that refers pain there. Subject: the region. */
    REGION_MUSCLES;

    /** Stable id used in card ids and saved files. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static QuizKind fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** True when the card's subject is a muscle id (false: a region id). */
    public boolean aboutMuscle() {
        return this != REGION_MUSCLES;
    }
}
