package org.referralatlas.model;

/**
 * A muscle drawn in one view, authored on the patient's right side. When {@code bilateral},
 * the renderer also draws its mirror image about the view's midline.
 *
 * @param fibres optional SVG path data of fibre lines (may be null)
 */
public record MuscleShape(String muscle, Layer layer, String path, String fibres, boolean bilateral) {
}
