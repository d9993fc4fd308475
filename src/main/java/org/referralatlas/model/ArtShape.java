package org.referralatlas.model;

/** Base art of a view: skin silhouette, bones, features; SVG path data in view coordinates. */
public record ArtShape(String id, ArtKind kind, String path) {
}
