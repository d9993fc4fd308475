package org.referralatlas.scene;

/**
 * What a shape of a figure scene is, and so how it is drawn: its CSS style class on screen and the
 * palette tokens and stroke the export draws it with. The screen's stylesheet ({@code bodymap.css})
 * gives each class exactly these tokens and widths; {@code FigureSceneTest} checks that the JavaFX
 * nodes and the export agree, so a pattern looks the same on screen, in a PNG and in a handout.
 *
 * @param styleClass the CSS style class of the JavaFX node
 * @param fill       palette token of the fill ({@code -atlas-} left off), or null for none
 * @param line       palette token of the outline, or null for none
 * @param width      outline width in design units
 * @param dash       dash pattern in design units, or null for a solid line
 * @param round      round caps and joins (the X of a trigger point)
 */
public enum Role {
    ZONE_SPILLOVER("zone-spillover", "spillover-tint", "essential-line", 1.1, new double[] {4, 3}, false),
    /** The stipple dots of a spillover zone, clipped to the zone. */
    ZONE_STIPPLE("zone-stipple", "spillover", null, 0, null, false),
    ZONE_ESSENTIAL("zone-essential", "essential", "essential-line", 1.2, null, false),
    /** The white halo under a trigger point's X, so it shows on the red essential zone. */
    TRIGGER_POINT_HALO("trigger-point-halo", null, "trigger-point-halo", 5, null, true),
    TRIGGER_POINT("trigger-point", null, "trigger-point", 2.4, null, true);

    private final String styleClass;
    private final String fill;
    private final String line;
    private final double width;
    private final double[] dash;
    private final boolean round;

    Role(String styleClass, String fill, String line, double width, double[] dash, boolean round) {
        this.styleClass = styleClass;
        this.fill = fill;
        this.line = line;
        this.width = width;
        this.dash = dash;
        this.round = round;
    }

    public String styleClass() { return styleClass; }

    public String fill() { return fill; }

    public String line() { return line; }

    public double width() { return width; }

    /** A copy of the dash pattern, or null. */
    public double[] dash() { return dash == null ? null : dash.clone(); }

    public boolean round() { return round; }
}
