package org.referralatlas.ui.bodymap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.shape.SVGPath;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.referralatlas.TestAtlases;
import org.referralatlas.model.ArtKind;
import org.referralatlas.model.ArtShape;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.FigureView;
import org.referralatlas.model.Layer;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Base art of a view: context muscles (not in the atlas) are drawn with their fibres and cannot be
 * picked; art that belongs to one layer (ribs under the deep layer) is drawn only there.
 */
@ExtendWith(ApplicationExtension.class)
class FigureArtTest {
    final Atlas atlas = TestAtlases.mini();
    final FigureView anterior = atlas.view("anterior").orElseThrow();

    @Start
    void start(Stage stage) {
        // The toolkit must be running to build nodes with clips and CSS classes.
    }

    @Test
    void theMiniAtlasDeclaresAContextMuscleWithFibresAndADeepOnlyBone() {
        ArtShape pectoralis = art("pectoralis-major");
        assertEquals(ArtKind.MUSCLE, pectoralis.kind());
        assertNotNull(pectoralis.fibres());
        assertEquals(Layer.SUPERFICIAL, pectoralis.layer());
        assertEquals(Layer.DEEP, art("rib-2").layer());
        assertTrue(art("skull").shownIn(Layer.SUPERFICIAL) && art("skull").shownIn(Layer.DEEP));
    }

    @Test
    void eachLayerShowsOnlyItsArtAndContextMusclesHaveClippedFibres() {
        List<SVGPath> superficial = artNodes(FigureBuilder.build(atlas, anterior, Layer.SUPERFICIAL).root());
        List<SVGPath> deep = artNodes(FigureBuilder.build(atlas, anterior, Layer.DEEP).root());

        assertTrue(has(superficial, art("pectoralis-major").path()), "context muscle in the superficial layer");
        assertTrue(!has(superficial, art("rib-2").path()), "a deep-only rib stays out of the superficial layer");
        assertTrue(has(deep, art("rib-2").path()), "the rib is drawn in the deep layer");
        assertTrue(!has(deep, art("pectoralis-major").path()), "a superficial-only muscle is not in the deep layer");
        assertTrue(has(superficial, art("skull").path()) && has(deep, art("skull").path()));

        SVGPath body = find(superficial, art("pectoralis-major").path());
        assertTrue(body.getStyleClass().contains(BodyMapCss.ART_PREFIX + "muscle"));
        assertTrue(body.isMouseTransparent(), "context muscles cannot be picked");
        SVGPath fibres = find(allPaths(FigureBuilder.build(atlas, anterior, Layer.SUPERFICIAL).root()),
                art("pectoralis-major").fibres());
        assertTrue(fibres.getStyleClass().contains(BodyMapCss.ART_FIBRES));
        assertTrue(art("pectoralis-major").fibresInside(), "the generator cut the fibres to their muscle");
        assertNull(fibres.getClip(), "so they are drawn without a clip (PreClippedFibresTest)");
        assertTrue(fibres.isMouseTransparent());
    }

    @Test
    void contextMusclesCoverTheDeepMusclesInTheSuperficialLayerOnly() {
        FigureView posterior = atlas.view("posterior").orElseThrow();
        String latissimus = posterior.art().stream().filter(a -> a.id().equals("latissimus-dorsi")).findFirst()
                .orElseThrow().path();
        List<String> superficial = paintOrder(FigureBuilder.build(atlas, posterior, Layer.SUPERFICIAL).root());
        assertTrue(superficial.indexOf("suboccipitals") < superficial.indexOf(latissimus),
                "over the deep muscles: " + superficial);
        assertTrue(superficial.indexOf(latissimus) < superficial.indexOf("upper-trapezius"),
                "under the superficial ones: " + superficial);
        List<String> deep = paintOrder(FigureBuilder.build(atlas, posterior, Layer.DEEP).root());
        assertTrue(deep.indexOf(latissimus) < deep.indexOf("suboccipitals"), "behind the deep muscles: " + deep);

        // Tendon sheets (the trapezius diamond, the galea) lie in the superficial plane like context muscles.
        String aponeurosis = posterior.art().stream().filter(a -> a.kind() == ArtKind.TENDON).findFirst()
                .orElseThrow().path();
        assertTrue(superficial.indexOf("suboccipitals") < superficial.indexOf(aponeurosis), "tendon over deep muscles");
        assertTrue(deep.indexOf(aponeurosis) < deep.indexOf("suboccipitals"), "tendon behind them in the deep layer");
    }

    /** Muscle ids and art path data in paint order (first painted first). */
    private static List<String> paintOrder(Node root) {
        return allPaths(root).stream()
                .map(p -> p.getId() != null ? p.getId() : p.getContent())
                .toList();
    }

    private ArtShape art(String id) {
        return anterior.art().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    private static boolean has(List<SVGPath> nodes, String content) {
        return nodes.stream().anyMatch(n -> n.getContent().equals(content));
    }

    private static SVGPath find(List<SVGPath> nodes, String content) {
        return nodes.stream().filter(n -> n.getContent().equals(content)).findFirst().orElseThrow();
    }

    private static List<SVGPath> artNodes(Node root) {
        return allPaths(root).stream().filter(p -> p.getStyleClass().contains(BodyMapCss.ART)).toList();
    }

    private static List<SVGPath> allPaths(Node root) {
        if (root instanceof SVGPath p) {
            return List.of(p);
        }
        if (root instanceof Parent parent) {
            return parent.getChildrenUnmodifiable().stream().flatMap(c -> allPaths(c).stream()).toList();
        }
        return List.of();
    }
}
