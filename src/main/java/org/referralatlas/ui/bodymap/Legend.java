package org.referralatlas.ui.bodymap;

import java.util.ResourceBundle;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import org.referralatlas.model.Point;
import org.referralatlas.model.ZoneKind;
import org.referralatlas.scene.PatternScene;

/** The key to the figure: muscle, selected muscle, trigger point, essential and spillover zones. */
final class Legend {
    private static final String BOX = "M2,2h26v18h-26z";

    private Legend() {
    }

    static VBox build(ResourceBundle text) {
        Label title = new Label(text.getString("bodymap.legend.title"));
        title.getStyleClass().add(BodyMapCss.LEGEND_TITLE);
        SVGPath selected = FigureBuilder.path(BOX, BodyMapCss.MUSCLE);
        selected.pseudoClassStateChanged(BodyMapCss.SELECTED, true);
        VBox legend = new VBox(4, title,
                keyed(FigureBuilder.path(BOX, BodyMapCss.MUSCLE), "muscle"),
                keyed(selected, "selected"),
                keyed(FigureBuilder.path(BOX, BodyMapCss.GHOST), "ghost"),
                keyed(SceneNodes.group(PatternScene.mark(new Point(15, 11), null, false)), "triggerPoint"),
                keyed(SceneNodes.group(PatternScene.zone(ZoneKind.ESSENTIAL, BOX, false)), "essential"),
                keyed(SceneNodes.group(PatternScene.zone(ZoneKind.SPILLOVER, BOX, false)), "spillover"));
        inWords(legend, false, text);
        legend.getStyleClass().add(BodyMapCss.LEGEND);
        legend.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        legend.setMouseTransparent(true);
        legend.setFocusTraversable(false);
        return legend;
    }

    /** One row of the key: a swatch in its box and its label; the drawing's rows use it too (one legend). */
    static Label row(Node swatch, String label) {
        Group box = new Group(swatch);
        box.getStyleClass().add(BodyMapCss.LEGEND_SWATCH);
        Label l = new Label(label, box);
        l.setGraphicTextGap(8);
        return l;
    }

    /** A row whose words {@link #inWords} picks, clinical or the patient's, from {@code bodymap.legend[.patient].key}. */
    private static Node keyed(Node swatch, String key) {
        Label l = row(swatch, null);
        l.setUserData(key);
        return l;
    }

    /** Rows a patient does not need: what a muscle, a selection or a deep-layer ghost looks like. */
    private static final java.util.Set<String> CLINICAL_ONLY = java.util.Set.of("muscle", "selected", "ghost");

    /**
     * The clinical key, or the patient's key: "Main pain area", "Pain may also spread here" and the
     * tender knot, the words of the handout, without the rows only a therapist needs.
     */
    static void inWords(VBox legend, boolean patient, ResourceBundle text) {
        for (Node n : legend.getChildren()) {
            if (n instanceof Label l && l.getUserData() instanceof String key) {
                boolean shown = !(patient && CLINICAL_ONLY.contains(key));
                l.setVisible(shown);
                l.setManaged(shown);
                String patientKey = "bodymap.legend.patient." + key;
                l.setText(patient && text.containsKey(patientKey) ? text.getString(patientKey)
                        : text.getString("bodymap.legend." + key));
            }
        }
    }
}
