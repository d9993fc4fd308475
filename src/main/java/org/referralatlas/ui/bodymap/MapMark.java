package org.referralatlas.ui.bodymap;

import org.referralatlas.geometry.Mask;
import org.referralatlas.model.Point;
import org.referralatlas.model.ZoneKind;

/**
 * Something drawn over the figure that is not the selected muscle's pattern: what a quiz asks about
 * and what the student answered. Design-space coordinates, authored on the patient's right; the map
 * mirrors them with the figure. Drawn with the body map's own conventions and palette, so a zone in a
 * quiz looks exactly like a zone in the atlas (see {@link BodyMapView#getMarks()}).
 */
public sealed interface MapMark {
    /** A referral zone: essential solid, spillover stippled with a dashed outline. */
    record Zone(ZoneKind kind, String path) implements MapMark {
    }

    /** A pain region, drawn as a chosen region of the pain finder. */
    record Region(String path) implements MapMark {
    }

    /** A trigger point, drawn as the atlas's X mark; {@code label} is read by a screen reader. */
    record TriggerPoint(Point at, String label) implements MapMark {
    }

    /** Where the user clicked: a ring. */
    record Click(Point at) implements MapMark {
    }

    /** The keyboard cursor of a figure answer: a small dashed ring. */
    record Cursor(Point at) implements MapMark {
    }

    /**
     * Cells the user painted with one brush: essential as solid cells, spillover as dots, so that the
     * two differ without colour. The mask must not change afterwards (pass a copy).
     */
    record Painting(Mask cells, ZoneKind brush) implements MapMark {
    }
}
