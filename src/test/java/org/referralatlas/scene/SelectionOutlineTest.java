package org.referralatlas.scene;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.referralatlas.TestAtlases;
import org.referralatlas.geometry.PathSyntaxException;
import org.referralatlas.geometry.Shape;
import org.referralatlas.geometry.SvgPath;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.FigureView;
import org.referralatlas.model.Layer;
import org.referralatlas.model.Point;
import org.referralatlas.model.Side;

/**
 * The selected muscle is outlined in full on the side its pattern is drawn on, as on the other side
 * (issue 13): its referral zones, which often lie over the muscle itself (the infraspinatus's TrP3 zone
 * along the medial border of the scapula), must not paint over its outline. Only the trigger points'
 * X marks come after it.
 */
class SelectionOutlineTest {
    private static final Atlas ATLAS = TestAtlases.bundled();

    @ParameterizedTest(name = "{0} in the {1} view, {2} layer")
    @CsvSource({"infraspinatus,posterior,superficial", "infraspinatus,posterior,deep",
        "serratus-anterior,lateral,superficial", "upper-trapezius,posterior,superficial",
        "sternocleidomastoid-sternal,anterior,superficial"})
    void noFilledShapeIsPaintedOverTheSelectedMusclesOutline(String muscle, String viewId, String layer) {
        FigureView view = ATLAS.view(viewId).orElseThrow();
        List<SceneShape> scene = FigureScene.of(ATLAS, view, Layer.fromId(layer), muscle, Side.RIGHT, Set.of(), null);
        List<String> covered = new ArrayList<>();
        int outlines = 0;
        for (int i = 0; i < scene.size(); i++) {
            SceneShape outline = scene.get(i);
            if (outline.role() != Role.SELECTION_OUTLINE) {
                continue;
            }
            outlines++;
            List<SceneShape> after = scene.subList(i + 1, scene.size()).stream()
                    // the stipple dots lie inside their zone's tinted shape, which is checked
                    .filter(s -> s.role().fill() != null && s.role() != Role.ZONE_STIPPLE).toList();
            for (List<Point> polygon : polygons(outline.path())) {
                for (Point p : polygon) {
                    Point at = placed(p, outline.mirrored(), view);
                    for (SceneShape over : after) {
                        Shape s = PatternScene.shapeOf(over.path());
                        Point local = placed(at, over.mirrored(), view); // a mirror is its own inverse
                        if (s.contains(local)) {
                            covered.add(String.format(Locale.ROOT, "%s (%s) at %.0f,%.0f under %s",
                                    muscle, outline.mirrored() ? "left copy" : "right copy", at.x(), at.y(),
                                    over.role()));
                        }
                    }
                }
            }
        }
        assertTrue(outlines > 0, "the selection is outlined");
        assertTrue(covered.isEmpty(), () -> covered.size() + " outline points covered, e.g.\n"
                + String.join("\n", covered.subList(0, Math.min(8, covered.size()))));
    }

    private static Point placed(Point p, boolean mirrored, FigureView view) {
        return mirrored ? new Point(2 * view.midlineX() - p.x(), p.y()) : p;
    }

    private static List<List<Point>> polygons(String path) {
        try {
            return SvgPath.flatten(path, 4000);
        } catch (PathSyntaxException e) {
            throw new AssertionError(e);
        }
    }
}
