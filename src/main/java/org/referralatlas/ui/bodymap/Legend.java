package org.referralatlas.ui.bodymap;

import java.util.ResourceBundle;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.referralatlas.scene.FigureKey;

/**
 * The key to the figure: muscle, selected muscle, ghost, trigger point, essential and spillover zones, each
 * swatch the figure's own shapes ({@link FigureKey}, as the export's legend draws them). Plain nodes
 * ({@link KeyRow}), so that the first frame, which shows the key beside the figure, holds no control.
 */
final class Legend {
    private Legend() {
    }

    static VBox build(ResourceBundle text) {
        Text title = new Text(text.getString("bodymap.legend.title"));
        title.getStyleClass().addAll(BodyMapCss.LEGEND_TITLE, BodyMapCss.LEGEND_TEXT);
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

    /** One row of the key: a swatch in its box and its words; the drawing's rows use it too (one legend). */
    static KeyRow row(Node swatch, String label) {
        return new KeyRow(swatch, label);
    }

    /** A row whose words {@link #inWords} picks, clinical or the patient's, from {@code bodymap.legend[.patient].key}. */
    private static Node keyed(Node swatch, String key) {
        KeyRow row = row(swatch, null);
        row.setUserData(key);
        return row;
    }

    /**
     * The clinical key, or the patient's key: "Main pain area", "Pain may also spread here" and the
     * tender knot, the words of the handout, without the rows only a therapist needs.
     */
    static void inWords(VBox legend, boolean patient, ResourceBundle text) {
        for (Node n : legend.getChildren()) {
            if (n instanceof KeyRow row && row.getUserData() instanceof String key) {
                boolean shown = !(patient && FigureKey.ON_SCREEN.stream().anyMatch(e -> e.key().equals(key) && e.clinicalOnly()));
                row.setVisible(shown);
                row.setManaged(shown);
                String patientKey = "bodymap.legend.patient." + key;
                row.setText(patient && text.containsKey(patientKey) ? text.getString(patientKey)
                        : text.getString("bodymap.legend." + key));
            }
        }
    }
}
