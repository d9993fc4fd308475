package org.referralatlas.model;

/**
 * Base art of a view: skin silhouette, bones, context muscles, features; SVG path data in view
 * coordinates.
 *
 * @param fibres       fibre lines drawn clipped to the shape, or null
 * @param layer        the only layer the art belongs to (ribs under the deep layer), or null for both
 * @param fibresInside the fibres already lie within the shape (cut by the figure generator): drawn
 *                     without a clip. Found by the loader, not written in the atlas.
 */
public record ArtShape(String id, ArtKind kind, String path, String fibres, Layer layer, boolean fibresInside) {
    public ArtShape(String id, ArtKind kind, String path) {
        this(id, kind, path, null, null, false);
    }

    public ArtShape(String id, ArtKind kind, String path, String fibres, Layer layer) {
        this(id, kind, path, fibres, layer, false);
    }

    /** Whether the art is drawn in the given layer. */
    public boolean shownIn(Layer shown) {
        return layer == null || layer == shown;
    }
}
