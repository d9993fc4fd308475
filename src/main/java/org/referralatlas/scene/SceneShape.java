package org.referralatlas.scene;

/**
 * One shape of a figure scene, in the view's design space.
 *
 * @param role     what it is, and so its style
 * @param path     SVG path data
 * @param clip     SVG path data the shape is clipped to (stipple dots to their zone), or null
 * @param mirrored true for the copy on the patient's left: mirrored about the view's midline
 * @param label    what a screen reader says for it (a trigger point's label), or null
 */
public record SceneShape(Role role, String path, String clip, boolean mirrored, String label) {
    public SceneShape {
        if (role == null || path == null) {
            throw new IllegalArgumentException("a scene shape needs a role and a path");
        }
    }
}
