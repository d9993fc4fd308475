package org.referralatlas.scene;

import java.util.List;

/**
 * What a shape of a figure scene is, and so how it is drawn: its CSS style classes (and pseudo-class
 * state) on screen, and the palette tokens, stroke and opacity the export draws it with. The screen's
 * stylesheet ({@code bodymap.css}) gives each class exactly these tokens and widths;
 * {@code FigureSceneTest} checks that the JavaFX nodes and the export agree, so a figure looks the
 * same on screen, in a PNG and in a handout. What only an interactive map has (hover, keyboard focus,
 * the pain finder's highlights and dimming, the outlines of pickable regions) is styled in
 * {@code bodymap.css} alone: an export never shows it.
 *
 * @param styleClasses the CSS style classes of the JavaFX node, space-separated
 * @param state        the pseudo-class the node shows the role by ({@code selected}, {@code chosen}), or null
 * @param fill         palette token of the fill ({@code -atlas-} left off), or null for none
 * @param line         palette token of the outline, or null for none
 * @param width        outline width in design units
 * @param dash         dash pattern in design units, or null for a solid line
 * @param round        round caps (open lines: fibres, features, the X of a trigger point)
 * @param opacity      opacity of the whole shape
 */
public enum Role {
    ART_SILHOUETTE("art art-silhouette", null, "skin", "skin-line", 1.3, null, false, 1),
    ART_BONE("art art-bone", null, "bone", "bone-line", 0.9, null, false, 1),
    ART_CARTILAGE("art art-cartilage", null, "cartilage", "bone-line", 0.7, null, false, 1),
    ART_TENDON("art art-tendon", null, "tendon", "tendon-line", 0.6, null, false, 1),
    /** A context muscle or tendon sheet that is not an atlas muscle (pectoralis major, the galea...). */
    ART_MUSCLE("art art-muscle", null, "context-muscle", "context-muscle-line", 0.7, null, false, 1),
    ART_FEATURE("art art-feature", null, null, "line", 1.1, null, true, 1),
    ART_OUTLINE("art art-outline", null, null, "bone-line", 1, null, true, 1),
    /** The fibres of a context muscle, clipped to it. */
    ART_FIBRES("fibres art-fibres", null, null, "context-fibre", 0.5, null, true, 1),
    /** An atlas muscle of the superficial layer, or any atlas muscle of a superficial figure. */
    MUSCLE("muscle", null, "muscle", "muscle-line", 0.8, null, false, 1),
    /** An atlas muscle of the deep layer. */
    MUSCLE_DEEP("muscle muscle-deep", null, "muscle-deep", "muscle-line", 0.8, null, false, 1),
    MUSCLE_SELECTED("muscle", "selected", "muscle-selected", "selection-line", 2.4, null, false, 1),
    MUSCLE_DEEP_SELECTED("muscle muscle-deep", "selected", "muscle-selected", "selection-line", 2.4, null, false, 1),
    /** An atlas muscle's fibres, clipped to it. */
    FIBRES("fibres", null, null, "fibre", 0.6, null, true, 1),
    /** A superficial muscle seen through on the deep layer. */
    GHOST("ghost", null, null, "muscle-line", 0.7, new double[] {3, 3}, false, 0.55),
    /** A pain region: invisible until chosen (and, on an interactive map, outlined in the pain finder). */
    REGION("pain-region", null, null, null, 0, null, false, 1),
    REGION_CHOSEN("pain-region", "chosen", "chosen", "chosen-line", 1.6, null, false, 1),
    /** The selected muscle's whole outline, on top of the muscles that overlap it. */
    SELECTION_OUTLINE("selection-outline", null, null, "selection-line", 1.8, null, false, 1),
    ZONE_SPILLOVER("zone-spillover", null, "spillover-tint", "essential-line", 1.1, new double[] {4, 3}, false, 1),
    /** The stipple dots of a spillover zone, clipped to the zone. */
    ZONE_STIPPLE("zone-stipple", null, "spillover", null, 0, null, false, 1),
    ZONE_ESSENTIAL("zone-essential", null, "essential", "essential-line", 1.2, null, false, 1),
    /** The white halo under a trigger point's X, so it shows on the red essential zone. */
    TRIGGER_POINT_HALO("trigger-point-halo", null, null, "trigger-point-halo", 5, null, true, 1),
    TRIGGER_POINT("trigger-point", null, null, "trigger-point", 2.4, null, true, 1),
    /** A patient's pain drawing, by intensity: darker where it hurts more (the tokens carry their opacity). */
    PAINTED_MILD("painted painted-mild", null, "painted-mild", null, 0, null, false, 1),
    PAINTED_MODERATE("painted painted-moderate", null, "painted-moderate", null, 0, null, false, 1),
    PAINTED_SEVERE("painted painted-severe", null, "painted-severe", null, 0, null, false, 1),
    /** The outline of every painted cell, so that a drawing reads over a zone of the same hue. */
    PAINTED_OUTLINE("painted-outline", null, null, "painted-line", 1.2, null, true, 1);

    private final List<String> styleClasses;
    private final String state;
    private final String fill;
    private final String line;
    private final double width;
    private final double[] dash;
    private final boolean round;
    private final double opacity;

    Role(String styleClasses, String state, String fill, String line, double width, double[] dash, boolean round,
         double opacity) {
        this.styleClasses = List.of(styleClasses.split(" "));
        this.state = state;
        this.fill = fill;
        this.line = line;
        this.width = width;
        this.dash = dash;
        this.round = round;
        this.opacity = opacity;
    }

    /** The style classes of the node, most general first. */
    public List<String> styleClasses() { return styleClasses; }

    /** The most specific style class (the last), e.g. {@code art-bone}, {@code zone-essential}. */
    public String styleClass() { return styleClasses.get(styleClasses.size() - 1); }

    public String state() { return state; }

    public String fill() { return fill; }

    public String line() { return line; }

    public double width() { return width; }

    /** A copy of the dash pattern, or null. */
    public double[] dash() { return dash == null ? null : dash.clone(); }

    public boolean round() { return round; }

    public double opacity() { return opacity; }

    /** The role of a pain drawing's cells of one intensity. */
    public static Role painted(org.referralatlas.model.Intensity intensity) {
        return switch (intensity) {
            case MILD -> PAINTED_MILD;
            case MODERATE -> PAINTED_MODERATE;
            case SEVERE -> PAINTED_SEVERE;
        };
    }

    /** Whether the shape is an atlas muscle a user can pick (not a ghost, fibres or outline). */
    public boolean isMuscle() {
        return this == MUSCLE || this == MUSCLE_DEEP || this == MUSCLE_SELECTED || this == MUSCLE_DEEP_SELECTED;
    }

    /** Whether the shape is part of a trigger point's X mark (its halo or its cross). */
    public boolean isTriggerPoint() {
        return this == TRIGGER_POINT_HALO || this == TRIGGER_POINT;
    }

    /** This role as the selected muscle shows it; itself for a role that has no selected look. */
    public Role selected() {
        return this == MUSCLE ? MUSCLE_SELECTED : this == MUSCLE_DEEP ? MUSCLE_DEEP_SELECTED : this;
    }

    /** This role as a chosen pain region shows it; itself for a role that has no chosen look. */
    public Role chosen() {
        return this == REGION ? REGION_CHOSEN : this;
    }
}
