package org.referralatlas.data;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.referralatlas.geometry.PathSyntaxException;
import org.referralatlas.geometry.Shape;
import org.referralatlas.geometry.SvgPath;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Attachment;
import org.referralatlas.model.FigureView;
import org.referralatlas.model.Landmark;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.MuscleShape;
import org.referralatlas.model.Point;
import org.referralatlas.model.TriggerPoint;

/**
 * The drawn figures agree with the clinical content: every muscle reaches the landmarks its
 * attachments name (in each view where it is drawn and the landmark exists), and every trigger
 * point sits on its muscle's drawn shape. Distances are in design units (head height = 200).
 */
class FigureAttachmentTest {
    static final double ATTACHMENT_TOLERANCE = 12;
    static final double TRIGGER_POINT_TOLERANCE = 1;
    static Atlas atlas;

    @BeforeAll
    static void load() {
        AtlasLoader.Result result = new AtlasLoader().loadBundled();
        assertTrue(result.ok(), () -> "bundled atlas has problems: " + result.problems());
        atlas = result.atlas();
    }

    @Test
    void everyMuscleReachesTheLandmarksItsAttachmentsName() throws PathSyntaxException {
        List<String> misses = new ArrayList<>();
        int checked = 0;
        for (Muscle muscle : atlas.muscles()) {
            List<Attachment> attachments = new ArrayList<>(muscle.origins());
            attachments.addAll(muscle.insertions());
            for (FigureView view : atlas.views()) {
                List<MuscleShape> shapes = view.shapesOf(muscle.id());
                if (shapes.isEmpty()) {
                    continue;
                }
                for (Attachment a : attachments) {
                    for (String landmarkId : a.landmarks()) {
                        Landmark landmark = view.landmark(landmarkId).orElse(null);
                        if (landmark == null) {
                            continue;
                        }
                        checked++;
                        double d = distance(shapes, landmark.at());
                        if (d > ATTACHMENT_TOLERANCE) {
                            misses.add(String.format(Locale.ROOT, "%s in %s is %.1f units from %s",
                                    muscle.id(), view.id(), d, landmarkId));
                        }
                    }
                }
            }
        }
        assertTrue(checked > 0, "no attachment was checked");
        assertTrue(misses.isEmpty(), () -> String.join("\n", misses));
    }

    @Test
    void everyTriggerPointLiesOnItsDrawnMuscle() throws PathSyntaxException {
        List<String> misses = new ArrayList<>();
        for (Muscle muscle : atlas.muscles()) {
            for (TriggerPoint tp : muscle.triggerPoints()) {
                for (var e : tp.positions().entrySet()) {
                    FigureView view = atlas.view(e.getKey()).orElseThrow();
                    List<MuscleShape> shapes = view.shapesOf(muscle.id());
                    if (shapes.isEmpty()) {
                        continue;
                    }
                    double d = distance(shapes, e.getValue());
                    if (d > TRIGGER_POINT_TOLERANCE) {
                        misses.add(String.format(Locale.ROOT, "%s at %s in %s is %.1f units off the muscle",
                                tp.id(), e.getValue(), view.id(), d));
                    }
                }
            }
        }
        assertTrue(misses.isEmpty(), () -> String.join("\n", misses));
    }

    @Test
    void theSerratusDigitationsInTheSideViewLieOnTheirRibLandmarks() throws PathSyntaxException {
        // issue 13: the side view's rib landmarks are named by the serratus's origin, so the check above covers
        // them; and each lies on the digitation of its rib, not merely near the muscle
        FigureView lateral = atlas.view("lateral").orElseThrow();
        Muscle serratus = atlas.muscle("serratus-anterior").orElseThrow();
        List<MuscleShape> shapes = lateral.shapesOf(serratus.id());
        for (String rib : List.of("rib-5-anterior-axillary", "rib-8-anterior-axillary")) {
            assertTrue(serratus.origins().stream().anyMatch(a -> a.landmarks().contains(rib)), rib + " is not named");
            Point at = lateral.landmark(rib).orElseThrow().at();
            // the arm's front contour lies on the landmark's line: a little in front of it is the digitation
            assertTrue(distance(shapes, new Point(at.x() + 4, at.y())) == 0, rib + ": no digitation on it");
        }
    }

    @Test
    void aLandmarkFarFromTheShapeIsReported() throws PathSyntaxException {
        MuscleShape square = new MuscleShape("x", org.referralatlas.model.Layer.SUPERFICIAL,
                "M0,0 L10,0 L10,10 L0,10 Z", null, true);
        assertTrue(distance(List.of(square), new Point(5, 5)) == 0);
        assertTrue(distance(List.of(square), new Point(40, 5)) > ATTACHMENT_TOLERANCE);
    }

    static double distance(List<MuscleShape> shapes, Point p) throws PathSyntaxException {
        double best = Double.POSITIVE_INFINITY;
        for (MuscleShape s : shapes) {
            Shape shape = SvgPath.shape(s.path(), 4000);
            best = Math.min(best, shape.distanceTo(p.x(), p.y()));
        }
        return best;
    }
}
