package org.referralatlas.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.FigureView;
import org.referralatlas.model.Layer;

/**
 * Issue 13: the posterior deep layer shows the rotator cuff as a deeper dissection does. The
 * infraspinatus, teres minor and teres major lie under the deltoid and trapezius yet show between
 * them, so they are superficial muscles and, with those taken off, deep ones too: drawn whole on the
 * deep layer, not as the dashed ghosts of superficial muscles.
 */
class RotatorCuffDeepTest {
    private static final Atlas ATLAS = new AtlasLoader().loadBundled().atlas();
    private static final List<String> CUFF = List.of("infraspinatus", "teres-minor", "teres-major");

    private static Set<String> owners(List<SceneShape> scene, Role role) {
        return scene.stream().filter(s -> s.role() == role).map(SceneShape::owner).collect(Collectors.toSet());
    }

    @Test
    void theDeepPosteriorLayerDrawsTheCuffAsMusclesNotGhosts() {
        FigureView posterior = ATLAS.view("posterior").orElseThrow();
        List<SceneShape> deep = FigureScene.base(ATLAS, posterior, Layer.DEEP);
        assertTrue(owners(deep, Role.MUSCLE_DEEP).containsAll(CUFF), "drawn as deep muscles");
        assertEquals(Set.of(), owners(deep, Role.GHOST).stream().filter(CUFF::contains).collect(Collectors.toSet()),
                "no ghost outline over them");
        assertTrue(owners(deep, Role.GHOST).contains("deltoid"), "the muscles taken off are still ghosts");
        List<SceneShape> superficial = FigureScene.base(ATLAS, posterior, Layer.SUPERFICIAL);
        assertTrue(owners(superficial, Role.MUSCLE).containsAll(CUFF), "and superficial where they show");
        assertEquals(Set.of(), owners(superficial, Role.MUSCLE_DEEP).stream().filter(CUFF::contains)
                .collect(Collectors.toSet()), "without a hidden deep copy under them there");
    }
}
