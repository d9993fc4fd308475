package org.referralatlas.scene;

/**
 * One shape of a figure scene, in the view's design space.
 *
 * @param role     what it is, and so its style
 * @param path     SVG path data
 * @param clip     SVG path data the shape is clipped to (stipple dots to their zone, fibres to their
 *                 muscle unless the generator cut them to it already), or null
 * @param mirrored true for the copy on the patient's left: mirrored about the view's midline
 * @param label    what a screen reader says for it (a trigger point's label), or null
 * @param owner    the id of the atlas muscle or pain region the shape draws, or null (art, zones, marks)
 */
public record SceneShape(Role role, String path, String clip, boolean mirrored, String label, String owner) {
    public SceneShape {
        if (role == null || path == null) {
            throw new IllegalArgumentException("a scene shape needs a role and a path");
        }
    }

    /** A shape that draws no muscle or region of its own (art, zones, marks). */
    public SceneShape(Role role, String path, String clip, boolean mirrored, String label) {
        this(role, path, clip, mirrored, label, null);
    }

    /** The same shape in another role (a muscle as selected, a region as chosen). */
    public SceneShape as(Role newRole) {
        return newRole == role ? this : new SceneShape(newRole, path, clip, mirrored, label, owner);
    }
}
