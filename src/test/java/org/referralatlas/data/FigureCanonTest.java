package org.referralatlas.data;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.FigureView;
import org.referralatlas.model.Point;

/**
 * The bundled figures keep adult proportions (the figure canon: head height H from vertex to chin,
 * x from the midline, y down from the vertex). Each view's landmarks are checked against the canon
 * within {@value #TOLERANCE} H, so a redrawn figure cannot drift into a caricature unnoticed.
 */
class FigureCanonTest {
    static final double TOLERANCE = 0.06;
    static Atlas atlas;

    @BeforeAll
    static void load() {
        AtlasLoader.Result result = new AtlasLoader().loadBundled();
        assertTrue(result.ok(), () -> result.problems().toString());
        atlas = result.atlas();
    }

    /** Landmark id, canon y and canon half-width (NaN: not checked) in head heights. */
    record Canon(String landmark, double y, double x) {
    }

    @Test
    void anteriorLandmarksFollowTheCanon() {
        check("anterior", List.of(
                new Canon("hairline", 0.15, Double.NaN),
                new Canon("supraorbital-ridge", 0.43, Double.NaN),
                new Canon("pupil", 0.50, 0.13),
                new Canon("zygomatic-arch", 0.52, 0.30),
                new Canon("nose-base", 0.72, 0),
                new Canon("ear-lobe", 0.72, 0.34),
                new Canon("mouth", 0.81, 0),
                new Canon("gonion", 0.85, 0.22),
                new Canon("menton", 1.00, 0),
                new Canon("neck-narrowest", 1.12, 0.24),
                new Canon("suprasternal-notch", 1.42, 0),
                new Canon("clavicle-medial", 1.42, 0.05),
                new Canon("acromion", 1.38, 0.85),
                new Canon("deltoid-outer", 1.55, 1.00),
                new Canon("nipple", 2.0, 0.45),
                // the lateral chest wall just below the nipple line, under the anterior axillary fold
                new Canon("rib-5-mid-axillary", 1.95, 0.69),
                // in front of the humeral head, below and medial to the acromion
                new Canon("lesser-tubercle", 1.55, 0.76)));
        check("anterior", ARM);
    }

    /**
     * The hanging arm, the same from the front and from behind (docs/FIGURE-CANON-ARM.md): the
     * epicondyles at 3 H, the wrist at about 4.15 H, the knuckles at 4.6 H, the middle fingertip at 5 H;
     * the forearm angles a little outwards (the carrying angle), so the wrist is about as far out as the
     * lateral epicondyle and the thumb reaches furthest out.
     */
    static final List<Canon> ARM = List.of(
            new Canon("lateral-epicondyle", 3.0, 0.98),
            new Canon("medial-epicondyle", 3.0, 0.68),
            new Canon("wrist", 4.15, 0.99),
            new Canon("radial-styloid", 4.15, 1.09),
            new Canon("knuckles", 4.6, 1.03),
            new Canon("thumb-tip", 4.73, 1.26),
            new Canon("middle-fingertip", 5.0, 1.07),
            new Canon("little-fingertip", 4.88, 0.91));

    @Test
    void theArmHangsToTheFingertipsInTheLateralView() {
        FigureView v = atlas.view("lateral").orElseThrow();
        double h = head(v);
        Point vertex = at(v, "vertex");
        List<String> misses = new ArrayList<>();
        for (Canon c : List.of(new Canon("lateral-epicondyle", 3.0, Double.NaN), new Canon("wrist", 4.15, Double.NaN),
                new Canon("knuckles", 4.6, Double.NaN), new Canon("thumb-tip", 4.73, Double.NaN))) {
            double y = (at(v, c.landmark()).y() - vertex.y()) / h;
            if (Math.abs(y - c.y()) > TOLERANCE) {
                misses.add(String.format(Locale.ROOT, "%s at y %.2f H, canon %.2f H", c.landmark(), y, c.y()));
            }
        }
        // the arm hangs under the shoulder: the elbow below the acromion, the olecranon behind it, the thumb in front
        if (Math.abs(at(v, "lateral-epicondyle").x() - at(v, "acromion").x()) > 0.15 * h) {
            misses.add("the elbow is not under the shoulder");
        }
        if (!(at(v, "olecranon").x() < at(v, "lateral-epicondyle").x() && at(v, "thumb-tip").x() > at(v, "wrist").x())) {
            misses.add("the olecranon should lie behind the elbow and the thumb in front of the wrist");
        }
        assertTrue(misses.isEmpty(), () -> String.join("\n", misses));
    }

    @Test
    void posteriorLandmarksFollowTheCanon() {
        check("posterior", List.of(
                new Canon("inion", 0.50, 0),
                new Canon("mastoid-process", 0.75, 0.30),
                new Canon("c7-spinous", 1.30, 0),
                new Canon("acromion", 1.38, 0.85),
                new Canon("scapula-superior-angle", 1.50, 0.30),
                new Canon("scapular-spine-medial", 1.60, 0.28),
                new Canon("scapula-inferior-angle", 2.20, 0.35),
                // midway down the lateral border: between the inferior angle and the infraglenoid tubercle
                new Canon("scapula-lateral-border", 1.85, 0.58),
                // the arm hangs: the elbow at about 3 H below the vertex, at the outer contour of the arm
                new Canon("lateral-epicondyle", 3.0, 0.98)));
        check("posterior", ARM);
    }

    @Test
    void lateralLandmarksFollowTheCanon() {
        FigureView v = atlas.view("lateral").orElseThrow();
        List<String> misses = new ArrayList<>();
        double h = head(v);
        Point vertex = at(v, "vertex");
        for (Canon c : List.of(new Canon("ear-canal", 0.55, Double.NaN), new Canon("mastoid-process", 0.75, Double.NaN),
                new Canon("inion", 0.50, Double.NaN), new Canon("c7-spinous", 1.30, Double.NaN),
                new Canon("acromion", 1.38, Double.NaN),
                // as in the posterior view (T7); the latissimus and teres major of the side view start there
                new Canon("scapula-inferior-angle", 2.20, Double.NaN),
                new Canon("scapula-lateral-border", 1.85, Double.NaN),
                // serratus anterior's digitations in front of the hanging arm (docs/FIGURE-CANON-ARM.md): the
                // 5th rib at the nipple line, the 8th about three rib spaces (8 cm) lower
                new Canon("rib-5-anterior-axillary", 2.0, Double.NaN),
                new Canon("rib-8-anterior-axillary", 2.36, Double.NaN))) {
            double y = (at(v, c.landmark()).y() - vertex.y()) / h;
            if (Math.abs(y - c.y()) > TOLERANCE) {
                misses.add(String.format(Locale.ROOT, "%s at y %.2f H, canon %.2f H", c.landmark(), y, c.y()));
            }
        }
        Point glabella = at(v, "glabella");
        Point inion = at(v, "inion");
        Point ear = at(v, "ear-canal");
        double length = (glabella.x() - inion.x()) / h;
        if (Math.abs(length - 0.85) > 0.1) {
            misses.add(String.format(Locale.ROOT, "head length glabella to inion %.2f H, canon about 0.85 H", length));
        }
        if (!(ear.x() > inion.x() && ear.x() < (inion.x() + glabella.x()) / 2)) {
            misses.add("the ear canal is not just behind the middle of the head length");
        }
        if (!(at(v, "mastoid-process").x() < ear.x() + 2 && at(v, "acromion").x() < ear.x())) {
            misses.add("mastoid and acromion should lie behind the ear canal's vertical line");
        }
        assertTrue(misses.isEmpty(), () -> String.join("\n", misses));
    }

    private static void check(String viewId, List<Canon> canon) {
        FigureView v = atlas.view(viewId).orElseThrow();
        double h = head(v);
        Point vertex = at(v, "vertex");
        List<String> misses = new ArrayList<>();
        for (Canon c : canon) {
            Point p = at(v, c.landmark());
            double y = (p.y() - vertex.y()) / h;
            double x = Math.abs(p.x() - v.midlineX()) / h;
            if (Math.abs(y - c.y()) > TOLERANCE) {
                misses.add(String.format(Locale.ROOT, "%s: %s at y %.2f H, canon %.2f H", viewId, c.landmark(), y, c.y()));
            }
            if (!Double.isNaN(c.x()) && Math.abs(x - c.x()) > TOLERANCE) {
                misses.add(String.format(Locale.ROOT, "%s: %s at x %.2f H from the midline, canon %.2f H", viewId,
                        c.landmark(), x, c.x()));
            }
        }
        assertTrue(misses.isEmpty(), () -> String.join("\n", misses));
    }

    /** Head height: vertex to chin where the view has a chin, else the bundled 200 design units. */
    private static double head(FigureView v) {
        return v.landmark("menton").map(m -> m.at().y() - at(v, "vertex").y()).orElse(200.0);
    }

    private static Point at(FigureView v, String id) {
        return v.landmark(id).orElseThrow(() -> new AssertionError(v.id() + " has no landmark " + id)).at();
    }
}
