package org.referralatlas.model;

import java.util.List;
import java.util.Optional;

/**
 * One drawn view of the figure (anterior, lateral, posterior ...).
 *
 * @param midlineX   x of the body's midline, the axis used to mirror right-side geometry to the left
 * @param profile    a side view showing one side of the body; the left is shown by flipping it whole
 * @param patientRightOnViewerLeft true for views facing the viewer (anterior): the patient's right
 *                   appears on the viewer's left
 */
public record FigureView(String id, String name, ViewBox viewBox, double midlineX, boolean profile,
                         boolean patientRightOnViewerLeft, List<Landmark> landmarks,
                         List<ArtShape> art, List<MuscleShape> muscles) {
    public FigureView {
        landmarks = List.copyOf(landmarks);
        art = List.copyOf(art);
        muscles = List.copyOf(muscles);
    }

    public Optional<Landmark> landmark(String id) {
        return landmarks.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public List<MuscleShape> shapesOf(String muscleId) {
        return muscles.stream().filter(m -> m.muscle().equals(muscleId)).toList();
    }
}
