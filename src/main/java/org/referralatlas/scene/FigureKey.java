package org.referralatlas.scene;

import java.util.List;
import java.util.Locale;
import org.referralatlas.model.Point;
import org.referralatlas.model.ZoneKind;

/**
 * The entries of a figure's key and their swatches, drawn from the figure's own roles, so that the
 * map's key and an export's legend show each entry exactly as the figure draws it. The words are the
 * front's: the map reads {@code bodymap.legend.<key>} from its bundle, the export its plain words.
 */
public enum FigureKey {
    MUSCLE("muscle", true),
    SELECTED("selected", true),
    /** A superficial muscle seen through on the deep layer. */
    GHOST("ghost", true),
    TRIGGER_POINT("triggerPoint", false),
    ESSENTIAL("essential", false),
    SPILLOVER("spillover", false),
    /** A chosen pain region. */
    PAIN("pain", false);

    /** What the map's key lists, in order. */
    public static final List<FigureKey> ON_SCREEN = List.of(MUSCLE, SELECTED, GHOST, TRIGGER_POINT, ESSENTIAL,
            SPILLOVER);

    private final String key;
    private final boolean clinicalOnly;

    FigureKey(String key, boolean clinicalOnly) {
        this.key = key;
        this.clinicalOnly = clinicalOnly;
    }

    /** The entry's name in message keys, e.g. {@code triggerPoint}. */
    public String key() {
        return key;
    }

    /** Whether only a therapist needs the entry (what a muscle, a selection or a ghost looks like). */
    public boolean clinicalOnly() {
        return clinicalOnly;
    }

    /** The entry's swatch in the box at (x, y), w by h design units: the figure's shapes for it. */
    public List<SceneShape> swatch(double x, double y, double w, double h) {
        String box = String.format(Locale.ROOT, "M%.2f,%.2fh%.2fv%.2fh%.2fz", x, y, w, h, -w);
        return switch (this) {
            case MUSCLE -> List.of(new SceneShape(Role.MUSCLE, box, null, false, null));
            case SELECTED -> List.of(new SceneShape(Role.MUSCLE_SELECTED, box, null, false, null));
            case GHOST -> List.of(new SceneShape(Role.GHOST, box, null, false, null));
            case TRIGGER_POINT -> PatternScene.mark(new Point(x + w / 2, y + h / 2), null, false);
            case ESSENTIAL -> PatternScene.zone(ZoneKind.ESSENTIAL, box, false);
            case SPILLOVER -> PatternScene.zone(ZoneKind.SPILLOVER, box, false);
            case PAIN -> List.of(new SceneShape(Role.REGION_CHOSEN, box, null, false, null));
        };
    }
}
