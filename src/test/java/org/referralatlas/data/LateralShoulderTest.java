package org.referralatlas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.referralatlas.geometry.PathSyntaxException;
import org.referralatlas.geometry.Shape;
import org.referralatlas.geometry.SvgPath;
import org.referralatlas.model.ArtShape;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.FigureView;
import org.referralatlas.model.Layer;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.MuscleShape;
import org.referralatlas.model.Point;
import org.referralatlas.model.TriggerPoint;

/**
 * The shoulder in the right lateral view as a textbook side view draws it (issue 13): the muscles
 * of the shoulder girdle and upper arm are atlas shapes a student can click, with the trigger points
 * a side view shows; the latissimus, teres major and pectoralis major lie behind and in front of the
 * hanging arm, not over it; and the trunk has a profile (chest in front, scapula behind, cut at the
 * waist beside the elbow) rather than a column. The face points to larger x.
 */
class LateralShoulderTest {
    static FigureView lateral;
    static Atlas atlas;
    static double head;

    @BeforeAll
    static void load() {
        AtlasLoader.Result result = new AtlasLoader().loadBundled();
        assertTrue(result.ok(), () -> "bundled atlas has problems: " + result.problems());
        atlas = result.atlas();
        lateral = atlas.view("lateral").orElseThrow();
        head = at("menton").y() - at("vertex").y();
    }

    @ParameterizedTest
    @ValueSource(strings = {"latissimus-dorsi", "teres-major", "teres-minor", "pectoralis-major", "biceps-brachii",
            "triceps-brachii", "deltoid", "infraspinatus", "brachialis", "serratus-anterior"})
    void eachShoulderMuscleIsASelectableShapeWithItsSideViewTriggerPoints(String id) {
        List<MuscleShape> shapes = lateral.shapesOf(id);
        assertFalse(shapes.isEmpty(), id + " is not a muscle shape of the lateral view");
        assertTrue(shapes.stream().allMatch(s -> s.layer() == Layer.SUPERFICIAL), id + " should be superficial");
        assertTrue(lateral.art().stream().noneMatch(a -> a.id().equals(id)), id + " is still drawn as context art");
        Muscle muscle = atlas.muscle(id).orElseThrow();
        List<TriggerPoint> shown = muscle.triggerPoints().stream()
                .filter(tp -> tp.positions().containsKey("lateral")).toList();
        assertFalse(shown.isEmpty(), id + " shows no trigger point in the lateral view");
        // each shown trigger point lies on the visible part of its muscle: no shape painted after it covers it
        List<MuscleShape> superficial = lateral.muscles().stream().filter(s -> s.layer() == Layer.SUPERFICIAL).toList();
        int last = 0;
        for (int i = 0; i < superficial.size(); i++) {
            if (superficial.get(i).muscle().equals(id)) {
                last = i;
            }
        }
        for (TriggerPoint tp : shown) {
            Point p = tp.positions().get("lateral");
            assertTrue(shapes.stream().anyMatch(s -> shape(s.path()).contains(p)), tp.id() + " is off its muscle");
            for (MuscleShape over : superficial.subList(last + 1, superficial.size())) {
                assertFalse(shape(over.path()).contains(p), tp.id() + " is hidden under " + over.muscle());
            }
        }
    }

    @Test
    void theAxillaryFoldsLieBehindAndInFrontOfTheHangingArmNotOverIt() {
        // the arm's axis from below the deltoid to just above the elbow, between the olecranon and the
        // lateral epicondyle: muscle shapes painted over the arm would cover it
        Point top = at("deltoid-tuberosity");
        Point elbow = mid(at("olecranon"), at("lateral-epicondyle"));
        List<String> over = new ArrayList<>();
        for (String id : List.of("latissimus-dorsi", "teres-major", "pectoralis-major", "serratus-anterior")) {
            Shape s = shape(lateral.shapesOf(id).get(0).path());
            for (int k = 0; k <= 20; k++) {
                double t = k / 20.0;
                Point p = new Point(top.x() + t * (elbow.x() - top.x()), top.y() + t * (elbow.y() - top.y()) - 6);
                if (s.contains(p)) {
                    over.add(String.format(Locale.ROOT, "%s covers the arm at %.0f,%.0f", id, p.x(), p.y()));
                }
            }
        }
        assertTrue(over.isEmpty(), () -> String.join("\n", over));
        assertTrue(centreX("latissimus-dorsi") < at("olecranon").x(), "latissimus behind the arm");
        assertTrue(centreX("teres-major") < at("olecranon").x(), "teres major behind the arm");
        assertTrue(centreX("pectoralis-major") > at("lateral-epicondyle").x(), "pectoralis major in front of the arm");
        assertTrue(centreX("biceps-brachii") > centreX("triceps-brachii"), "biceps in front of the triceps");
    }

    @Test
    void serratusAnteriorShowsItsDigitationsOnTheSideOfTheChestBelowThePectoralFold() {
        // T&S ch. 46, Netter's lateral thorax: with the arm hanging, the digitations show in front of the arm,
        // below the pectoralis major's lower border, one tooth a rib from the 5th to the 9th
        List<MuscleShape> shapes = lateral.shapesOf("serratus-anterior");
        assertEquals(1, shapes.size());
        List<Shape> slips = polygons(shapes.get(0).path()).stream().map(p -> new Shape(List.of(p))).toList();
        assertEquals(5, slips.size(), "one digitation for each of ribs 5-9 in front of the arm");
        Point rib5 = at("rib-5-anterior-axillary");
        Point rib8 = at("rib-8-anterior-axillary");
        assertTrue(rib8.y() - rib5.y() > 0.25 * head && rib8.y() - rib5.y() < 0.5 * head,
                "three rib spaces at the anterior axillary line (about 8 cm)");
        Shape skin = shape(art("skin").path());
        double previous = Double.NEGATIVE_INFINITY;
        for (Shape slip : slips) {
            assertTrue(slip.minY() > previous, "the digitations run down the chest, one below the other");
            previous = slip.minY();
            double midY = (slip.minY() + slip.maxY()) / 2;
            assertTrue(slip.minX() >= front(shape(art("arm").path()), midY) - 1.5, "a digitation lies over the arm");
            assertTrue(slip.maxX() < front(skin, midY), "a digitation reaches past the skin");
        }
        // the pectoralis major covers the top of the first digitation (drawn after it), not the others
        List<MuscleShape> superficial = lateral.muscles().stream().filter(s -> s.layer() == Layer.SUPERFICIAL).toList();
        assertTrue(superficial.indexOf(lateral.shapesOf("pectoralis-major").get(0)) > superficial.indexOf(shapes.get(0)),
                "the pectoralis major lies over the serratus");
        Shape pec = shape(lateral.shapesOf("pectoralis-major").get(0).path());
        assertTrue(slips.get(0).minY() < pec.maxY() && slips.get(4).minY() > pec.maxY(),
                "the upper digitations pass under the pectoralis, the lower ones below it");
    }

    @Test
    void theSideOfTheChestIsARegionOfTheSideViewWhereTheSerratusRefersPain() {
        // the region patients point to below the armpit (issue 13), drawn in front of the hanging arm at the
        // nipple line, with the serratus's trigger point and its essential zone on it
        var region = atlas.region("side-of-chest").orElseThrow();
        Shape side = shapes(region.shapesIn("lateral"));
        Point tp = atlas.muscle("serratus-anterior").orElseThrow().triggerPoints().get(0).positions().get("lateral");
        assertTrue(side.contains(tp), "the serratus trigger point lies on the side of the chest");
        double nipple = at("vertex").y() + 2.0 * head;
        assertTrue(side.minY() < nipple && side.maxY() > nipple, "the region spans the nipple line");
        assertTrue(side.minX() > at("deltoid-tuberosity").x(), "the region lies in front of the arm's middle");
        var zone = atlas.muscle("serratus-anterior").orElseThrow().triggerPoints().get(0).zones().stream()
                .filter(z -> z.regions().contains("side-of-chest")).findFirst().orElseThrow();
        assertFalse(zone.shapesIn("lateral").isEmpty(), "the essential zone is drawn in the side view");
    }

    @Test
    void theTrunkHasAProfileAndIsCutAtTheWaistBesideTheElbow() {
        Shape skin = shape(art("skin").path());
        double vertex = at("vertex").y();
        double waist = skin.maxY();
        // the trunk ends at the waist, at the level of the elbow (not at the hips beside the hand)
        assertEquals(at("lateral-epicondyle").y(), waist, 0.2 * head, "the trunk's cut should be at the elbow");
        assertTrue(waist < at("wrist").y() - 0.5 * head, "the trunk should end well above the hand");
        // the chest bulges in front at the nipple line and the back is convex over the scapula: both
        // reach further than the trunk does just above the waist
        double chest = vertex + 2.0 * head;
        double low = waist - 0.1 * head;
        assertTrue(front(skin, chest) > front(skin, low) + 0.05 * head,
                String.format(Locale.ROOT, "chest front %.0f, abdomen %.0f", front(skin, chest), front(skin, low)));
        assertTrue(back(skin, chest) < back(skin, low) - 0.05 * head,
                String.format(Locale.ROOT, "upper back %.0f, lower back %.0f", back(skin, chest), back(skin, low)));
        // and the trunk is about one head deep at the chest (about 23 cm)
        assertEquals(1.0, (front(skin, chest) - back(skin, chest)) / head, 0.15, "chest depth in H");
    }

    @Test
    void theArmHangsAtTheSideSlightlyInFrontOfTheTrunksMiddle() {
        // halfway down the upper arm, the arm's centre lies a little in front of the middle of the trunk's
        // depth (T&S and Netter side views), not centred on it and not hanging in front of the chest
        Shape skin = shape(art("skin").path());
        Shape arm = shape(art("arm").path());
        double y = (at("acromion").y() + at("lateral-epicondyle").y()) / 2;
        double trunkMiddle = (front(skin, y) + back(skin, y)) / 2;
        double armCentre = (front(arm, y) + back(arm, y)) / 2;
        double ahead = (armCentre - trunkMiddle) / head;
        assertTrue(ahead > 0.02 && ahead < 0.2, String.format(Locale.ROOT, "the arm's centre is %.2f H ahead", ahead));
        assertTrue(front(arm, y) < front(skin, y) && back(arm, y) > back(skin, y),
                "the arm should lie within the trunk's depth");
    }

    private static List<List<Point>> polygons(String path) {
        try {
            return SvgPath.flatten(path, 4000);
        } catch (PathSyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private static Shape shapes(List<String> paths) {
        return shape(String.join(" ", paths));
    }

    private static double front(Shape s, double y) {
        for (double x = s.maxX(); x >= s.minX(); x -= 0.5) {
            if (s.contains(x, y)) {
                return x;
            }
        }
        throw new AssertionError("no skin at y " + y);
    }

    private static double back(Shape s, double y) {
        for (double x = s.minX(); x <= s.maxX(); x += 0.5) {
            if (s.contains(x, y)) {
                return x;
            }
        }
        throw new AssertionError("no skin at y " + y);
    }

    private static double centreX(String id) {
        Shape s = shape(lateral.shapesOf(id).get(0).path());
        return (s.minX() + s.maxX()) / 2;
    }

    private static ArtShape art(String id) {
        return lateral.art().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    private static Shape shape(String path) {
        try {
            return SvgPath.shape(path, 4000);
        } catch (PathSyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private static Point mid(Point a, Point b) {
        return new Point((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
    }

    private static Point at(String id) {
        return lateral.landmark(id).orElseThrow().at();
    }
}
