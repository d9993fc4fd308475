package org.referralatlas.model;

/**
 * A muscle drawn in one view, authored on the patient's right side. When {@code bilateral},
 * the renderer also draws its mirror image about the view's midline.
 *
 * @param fibres       optional SVG path data of fibre lines (may be null)
 * @param fibresInside the fibres already lie within the outline (the figure generator cut them to it),
 *                     so they are drawn as they are; otherwise they are drawn clipped to the outline.
 *                     Found by the loader, not written in the atlas.
 */
public record MuscleShape(String muscle, Layer layer, String path, String fibres, boolean bilateral,
                          boolean fibresInside) {
    public MuscleShape(String muscle, Layer layer, String path, String fibres, boolean bilateral) {
        this(muscle, layer, path, fibres, bilateral, false);
    }
}
