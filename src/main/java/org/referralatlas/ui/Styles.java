package org.referralatlas.ui;

/** Style-class names used by the app's views, in one place (the theme stylesheet defines them). */
public final class Styles {
    public static final String DETAIL = "atlas-detail";
    public static final String TITLE = "atlas-title";
    public static final String SUBTITLE = "atlas-subtitle";
    public static final String SECTION = "atlas-section";
    public static final String FIELD = "atlas-field";
    public static final String PLAIN = "atlas-plain";
    public static final String NOTE = "atlas-note";
    public static final String HINT = "atlas-hint";
    public static final String SOURCE = "atlas-source";
    public static final String TRIGGER_POINT = "atlas-trigger-point";
    public static final String ZONE_ESSENTIAL = "atlas-zone-essential";
    public static final String ZONE_SPILLOVER = "atlas-zone-spillover";
    public static final String RED_FLAG = "atlas-red-flag";
    public static final String CANDIDATE = "atlas-candidate";
    public static final String SCORE_BAR = "atlas-score-bar";
    /** The red flags of a searched symptom, above the figure. */
    public static final String SYMPTOM_FLAGS = "atlas-symptom-flags";
    /** The number beside a score bar. */
    public static final String SCORE_VALUE = "atlas-score-value";
    /** A group row's list of member muscles. */
    public static final String GROUP_MEMBERS = "atlas-group-members";
    /** "T&S pain guide for the temple: 1st" under a candidate. */
    public static final String GUIDE_PLACE = "atlas-guide-place";
    public static final String SIDE_PANEL = "atlas-side-panel";
    public static final String STATUS = "atlas-status";
    /** The status line's text (a Text: the status line is in the first frame, which holds no control). */
    public static final String STATUS_TEXT = "atlas-status-text";
    /** A drawing candidate's "explains N % of the drawing". */
    public static final String SHARE = "atlas-share";
    /** The pain finder's Draw toggle: clearly on while painting. */
    public static final String DRAW_TOGGLE = "atlas-draw-toggle";
    /** Followed by an intensity id, e.g. {@code atlas-intensity-severe}: the intensity buttons. */
    public static final String INTENSITY_PREFIX = "atlas-intensity-";

    private Styles() {
    }
}
