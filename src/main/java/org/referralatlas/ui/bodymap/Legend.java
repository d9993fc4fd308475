package org.referralatlas.ui.bodymap;

import java.util.ResourceBundle;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;

/** The key to the figure: muscle, selected muscle, trigger point, essential and spillover zones. */
final class Legend {
    private static final String BOX = "M2,2h26v18h-26z";
    private static final String MARK = "M9,5L21,17M9,17L21,5";

    private Legend() {
    }

    static VBox build(ResourceBundle text) {
        Label title = new Label(text.getString("bodymap.legend.title"));
        title.getStyleClass().add(BodyMapCss.LEGEND_TITLE);
        SVGPath selected = FigureBuilder.path(BOX, BodyMapCss.MUSCLE);
        selected.pseudoClassStateChanged(BodyMapCss.SELECTED, true);
        SVGPath dots = FigureBuilder.path(PatternBuilder.stipple(FigureBuilder.shapeOf(BOX)),
                BodyMapCss.ZONE_STIPPLE);
        VBox legend = new VBox(4, title,
                row(FigureBuilder.path(BOX, BodyMapCss.MUSCLE), text.getString("bodymap.legend.muscle")),
                row(selected, text.getString("bodymap.legend.selected")),
                row(FigureBuilder.path(BOX, BodyMapCss.GHOST), text.getString("bodymap.legend.ghost")),
                row(new Group(FigureBuilder.path(MARK, BodyMapCss.TRIGGER_POINT_HALO),
                        FigureBuilder.path(MARK, BodyMapCss.TRIGGER_POINT)), text.getString("bodymap.legend.triggerPoint")),
                row(FigureBuilder.path(BOX, BodyMapCss.ZONE_ESSENTIAL), text.getString("bodymap.legend.essential")),
                row(new Group(dots, FigureBuilder.path(BOX, BodyMapCss.ZONE_SPILLOVER)),
                        text.getString("bodymap.legend.spillover")));
        legend.getStyleClass().add(BodyMapCss.LEGEND);
        legend.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        legend.setMouseTransparent(true);
        legend.setFocusTraversable(false);
        return legend;
    }

    /** One row of the key: a swatch in its box and its label; the drawing's rows use it too (one legend). */
    static Node row(Node swatch, String label) {
        Group box = new Group(swatch);
        box.getStyleClass().add(BodyMapCss.LEGEND_SWATCH);
        Label l = new Label(label, box);
        l.setGraphicTextGap(8);
        return l;
    }
}
