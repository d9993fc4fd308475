package org.referralatlas.ui.bodymap;

import javafx.css.PseudoClass;

/**
 * The body map's style-class and pseudo-class names, in one place. The stylesheet
 * {@code bodymap.css} uses exactly these names.
 */
public final class BodyMapCss {
    private BodyMapCss() {
    }

    public static final String CONTROL = "body-map";
    public static final String ART = "art";
    /** Followed by the art kind id, e.g. {@code art-bone}. */
    public static final String ART_PREFIX = "art-";
    public static final String MUSCLE = "muscle";
    public static final String MUSCLE_DEEP = "muscle-deep";
    public static final String MUSCLE_MIRROR = "muscle-mirror";
    public static final String GHOST = "ghost";
    public static final String FIBRES = "fibres";
    /** Fibres of a context muscle (base art), fainter than an atlas muscle's. */
    public static final String ART_FIBRES = "art-fibres";
    public static final String REGION = "pain-region";
    /** The selected muscle's outline, drawn above everything so overlapping muscles do not hide it. */
    public static final String SELECTION_OUTLINE = "selection-outline";
    public static final String ZONE_ESSENTIAL = "zone-essential";
    public static final String ZONE_SPILLOVER = "zone-spillover";
    public static final String ZONE_STIPPLE = "zone-stipple";
    public static final String TRIGGER_POINT = "trigger-point";
    public static final String TRIGGER_POINT_HALO = "trigger-point-halo";
    public static final String LEGEND = "body-map-legend";
    /** The name of the muscle under the pointer. */
    public static final String HOVER_CAPTION = "hover-caption";
    public static final String LEGEND_TITLE = "legend-title";
    public static final String LEGEND_SWATCH = "legend-swatch";
    /** A row of the key (swatch and words), and its words (a Text, filled with -atlas-legend-text). */
    public static final String LEGEND_ROW = "legend-row";
    public static final String LEGEND_TEXT = "legend-text";

    /** The pain-drawing overlay group, its painted cells (plus {@code painted-mild} ...), the unexplained cells, the live brush. */
    public static final String DRAWING = "pain-drawing";
    public static final String PAINTED = "painted";
    public static final String UNEXPLAINED = "unexplained";
    public static final String BRUSH_PREVIEW = "brush-preview";
    public static final String BRUSH_CURSOR = "brush-cursor";
    /** A quiz's marks ({@link MapMark}): where the user clicked, the keyboard cursor, spillover painted as dots. */
    public static final String MARKS = "map-marks";
    public static final String MARK_CLICK = "map-click";
    public static final String MARK_CURSOR = "map-cursor";
    public static final String PAINTED_DOTS = "painted-dots";

    public static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    public static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");
    public static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");
    /** The muscle the keyboard is on (Tab / arrow keys); Enter selects it. */
    public static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    /** A pain region chosen in the pain finder. */
    public static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");
    /** On the control while in pain-finder mode. */
    public static final PseudoClass PAIN_FINDER = PseudoClass.getPseudoClass("pain-finder");
    /** On the control while in draw mode. */
    public static final PseudoClass DRAWING_MODE = PseudoClass.getPseudoClass("drawing");
    /** On the control in quiz mode: the plain figure a student answers on. */
    public static final PseudoClass QUIZ = PseudoClass.getPseudoClass("quiz");
    /** On the brush preview while erasing. */
    public static final PseudoClass ERASING = PseudoClass.getPseudoClass("erasing");
}
