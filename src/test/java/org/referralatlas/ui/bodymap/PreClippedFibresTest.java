package org.referralatlas.ui.bodymap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.shape.SVGPath;
import org.junit.jupiter.api.Test;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.geometry.LinesWithin;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.FigureView;
import org.referralatlas.model.Layer;
import org.referralatlas.model.MuscleShape;
import org.referralatlas.scene.FigureScene;
import org.referralatlas.scene.Role;
import org.referralatlas.scene.SceneShape;

/**
 * The figure generator cuts every fibre line to its muscle (tools/atlasgen/clip.py), so the figure draws
 * fibres with no clip node: in the software renderer each clipped node is drawn through an offscreen
 * mask, 4 to 5 ms of a whole-figure frame (README "Click to next frame"). Fibres that stray past their
 * outline (an atlas not made by the generator) are still clipped.
 */
class PreClippedFibresTest {
    /** The JSON loaded with every check, not the compact copy: the loader's own answer. */
    static final Atlas JSON = new AtlasLoader().loadBundled().atlas();

    /** A pixel in design units at the largest zoom onto a pattern (3) in a 900 by 700 window: 0.35 units. */
    private static final double PIXEL = 0.35;

    @Test
    void everyGeneratedFibreLiesInsideItsMuscleWithinAPixel() {
        int checked = 0;
        for (FigureView view : JSON.views()) {
            for (MuscleShape m : view.muscles()) {
                if (m.fibres() != null) {
                    checked++;
                    assertTrue(LinesWithin.test(m.fibres(), m.path(), PIXEL, 1_000_000),
                            view.id() + "/" + m.muscle() + ": fibres past the outline");
                    assertTrue(m.fibresInside(), view.id() + "/" + m.muscle() + " drawn without a clip");
                }
            }
            for (var a : view.art()) {
                if (a.fibres() != null) {
                    checked++;
                    assertTrue(LinesWithin.test(a.fibres(), a.path(), PIXEL, 1_000_000), view.id() + "/" + a.id());
                    assertTrue(a.fibresInside(), view.id() + "/" + a.id() + " drawn without a clip");
                }
            }
        }
        assertTrue(checked > 100, "fibre sets checked: " + checked);
    }

    @Test
    void theFigureBuildsNoClipForFibres() {
        for (FigureView view : JSON.views()) {
            for (Layer layer : Layer.values()) {
                List<SVGPath> fibres = new ArrayList<>();
                List<Node> clipped = new ArrayList<>();
                walk(FigureBuilder.build(JSON, view, layer).root(), fibres, clipped);
                assertTrue(fibres.size() > 10, view.id() + " " + layer + ": fibre nodes " + fibres.size());
                assertEquals(List.of(), clipped.stream().filter(fibres::contains).toList(),
                        view.id() + " " + layer + ": fibre nodes with a clip");
            }
        }
    }

    @Test
    void fibresThatStrayPastTheirMuscleAreStillClipped() {
        String square = "M100,100 L110,100 L110,110 L100,110 Z";
        FigureView view = JSON.views().iterator().next();
        MuscleShape stray = new MuscleShape(JSON.muscles().iterator().next().id(), Layer.SUPERFICIAL, square,
                "M95,105 L115,105", false, LinesWithin.test("M95,105 L115,105", square, 0.3, 1000));
        FigureView one = new FigureView(view.id(), view.name(), view.viewBox(), view.midlineX(), view.profile(),
                view.patientRightOnViewerLeft(), view.landmarks(), List.of(), List.of(stray));
        List<SceneShape> scene = FigureScene.base(JSON, one, Layer.SUPERFICIAL);
        SceneShape fibres = scene.stream().filter(s -> s.role() == Role.FIBRES).findFirst().orElseThrow();
        assertNotNull(fibres.clip(), "clipped to the square");
        MuscleShape inside = new MuscleShape(stray.muscle(), Layer.SUPERFICIAL, square, "M101,105 L109,105", false,
                LinesWithin.test("M101,105 L109,105", square, 0.3, 1000));
        one = new FigureView(view.id(), view.name(), view.viewBox(), view.midlineX(), view.profile(),
                view.patientRightOnViewerLeft(), view.landmarks(), List.of(), List.of(inside));
        assertNull(FigureScene.base(JSON, one, Layer.SUPERFICIAL).stream().filter(s -> s.role() == Role.FIBRES)
                .findFirst().orElseThrow().clip());
    }

    private static void walk(Node node, List<SVGPath> fibres, List<Node> clipped) {
        if (node.getClip() != null) {
            clipped.add(node);
        }
        if (node instanceof SVGPath p && p.getStyleClass().contains(BodyMapCss.FIBRES)) {
            fibres.add(p);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(c -> walk(c, fibres, clipped));
        }
    }
}
