package org.referralatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.referralatlas.TestAtlases;
import org.referralatlas.geometry.PathSyntaxException;
import org.referralatlas.geometry.Shape;
import org.referralatlas.geometry.SvgPath;
import org.referralatlas.geometry.SvgPath2D;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.FigureView;

/** The curve-keeping Path2D parser agrees with the flattening parser the rest of the app hit-tests with. */
class FigurePathTest {
    @Test
    void agreesWithTheFlatteningParserOnEveryAtlasShape() throws PathSyntaxException {
        Atlas atlas = TestAtlases.mini();
        List<String> paths = new ArrayList<>();
        for (FigureView view : atlas.views()) {
            view.art().forEach(a -> paths.add(a.path()));
            view.muscles().forEach(m -> paths.add(m.path()));
        }
        atlas.regions().forEach(r -> r.shapes().values().forEach(paths::addAll));
        atlas.muscles().forEach(m -> m.triggerPoints().forEach(tp -> tp.zones()
                .forEach(z -> z.shapes().values().forEach(paths::addAll))));
        paths.add("M10,10 h50 v50 h-50 z m10,10 c5,0 10,5 10,10 s-5,10 -10,10 q-5,0 -5,-5 t5,-5 Z");
        paths.add("M100,100 a40,20 30 0,0 60,40 A40,20 30 1,1 100,100 Z");
        for (String data : paths) {
            Shape flat = SvgPath.shape(data, 20_000);
            Path2D path = SvgPath2D.parse(data);
            int samples = 0;
            int agree = 0;
            for (int i = 0; i < 40; i++) {
                for (int j = 0; j < 40; j++) {
                    double x = flat.minX() + (flat.maxX() - flat.minX()) * (i + 0.5) / 40;
                    double y = flat.minY() + (flat.maxY() - flat.minY()) * (j + 0.5) / 40;
                    samples++;
                    agree += flat.contains(x, y) == path.contains(x, y) ? 1 : 0;
                }
            }
            assertTrue(agree >= samples * 0.98, data + ": " + agree + "/" + samples);
            // Path2D's bounds include control points; flatten finely for the true extent.
            double minX = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
            double[] c = new double[6];
            for (var it = path.getPathIterator(null, 0.05); !it.isDone(); it.next()) {
                if (it.currentSegment(c) != java.awt.geom.PathIterator.SEG_CLOSE) {
                    minX = Math.min(minX, c[0]);
                    maxY = Math.max(maxY, c[1]);
                }
            }
            assertEquals(flat.minX(), minX, 1.0, data);
            assertEquals(flat.maxY(), maxY, 1.0, data);
        }
    }

    @Test
    void reportsSyntaxErrorsWithTheirOffset() {
        PathSyntaxException e = assertThrows(PathSyntaxException.class, () -> SvgPath2D.parse("M0,0 L10"));
        assertEquals(8, e.offset());
        assertThrows(PathSyntaxException.class, () -> SvgPath2D.parse("L0,0"));
        assertThrows(PathSyntaxException.class, () -> SvgPath2D.parse("M0,0 X1,1"));
        assertThrows(PathSyntaxException.class, () -> SvgPath2D.parse(""));
    }
}
