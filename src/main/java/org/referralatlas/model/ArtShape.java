package org.referralatlas.model;

/**
 * Base art of a view: skin silhouette, bones, context muscles, features; SVG path data in view
 * coordinates.
 *
 * @param fibres fibre lines drawn clipped to the shape, or null
 * @param layer  the only layer the art belongs to (ribs under the deep layer), or null for both
 */
public record ArtShape(String id, ArtKind kind, String path, String fibres, Layer layer) {
    public ArtShape(String id, ArtKind kind, String path) {
        this(id, kind, path, null, null);
    }

    /** Whether the art is drawn in the given layer. */
    public boolean shownIn(Layer shown) {
        return layer == null || layer == shown;
    }
}
