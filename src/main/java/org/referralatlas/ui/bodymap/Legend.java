package org.referralatlas.ui.bodymap;

import java.util.ResourceBundle;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.referralatlas.scene.FigureKey;

/**
 * The key to the figure: muscle, selected muscle, ghost, trigger point, essential and spillover zones, each
 * swatch the figure's own shapes ({@link FigureKey}, as the export's legend draws them).
 */
final class Legend {
    private Legend() {
    }

    static VBox build(ResourceBundle text) {
        Label title = new Label(text.getString("bodymap.legend.title"));
        title.getStyleClass().add(BodyMapCss.LEGEND_TITLE);
        VBox legend = new VBox(4, title);
        for (FigureKey entry : FigureKey.ON_SCREEN) {
            legend.getChildren().add(keyed(SceneNodes.group(entry.swatch(2, 2, 26, 18)), entry.key()));
        }
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

    /**
     * The clinical key, or the patient's key: "Main pain area", "Pain may also spread here" and the
     * tender knot, the words of the handout, without the rows only a therapist needs.
     */
    static void inWords(VBox legend, boolean patient, ResourceBundle text) {
        for (Node n : legend.getChildren()) {
            if (n instanceof Label l && l.getUserData() instanceof String key) {
                boolean shown = !(patient && FigureKey.ON_SCREEN.stream().anyMatch(e -> e.key().equals(key) && e.clinicalOnly()));
                l.setVisible(shown);
                l.setManaged(shown);
                String patientKey = "bodymap.legend.patient." + key;
                l.setText(patient && text.containsKey(patientKey) ? text.getString(patientKey)
                        : text.getString("bodymap.legend." + key));
            }
        }
    }
}
