package org.referralatlas.ui.bodymap;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Layer;
import org.referralatlas.model.Side;

/**
 * Regenerates {@code screenshots/}: every view and layer, and each view with a selected muscle's
 * trigger points and referral zones. Not a regular test (the name does not end in Test): run it
 * with {@code mvn -o -Pscreenshots verify}, headless under Monocle. While drawing, one picture at a
 * time: {@code mvn -o test -Dtest=BodyMapScreenshots -Dscreenshots.dir=/tmp/shots
 * -Dscreenshots.only=lateral-superficial-serratus} writes only the files whose names contain the text.
 */
class BodyMapScreenshots {
    static final int WIDTH = 1600;
    static final int HEIGHT = 1000;

    /** muscle, view, layer: the patterns the screenshots show. */
    private static final String[][] PATTERNS = {
        {"upper-trapezius", "posterior", "superficial"},
        {"upper-trapezius", "lateral", "superficial"},
        {"upper-trapezius", "anterior", "superficial"},
        {"sternocleidomastoid-sternal", "anterior", "superficial"},
        {"sternocleidomastoid-sternal", "lateral", "superficial"},
        {"temporalis", "lateral", "superficial"},
        {"temporalis", "anterior", "superficial"},
        {"rectus-capitis-posterior-major", "posterior", "deep"},
        {"obliquus-capitis-inferior", "posterior", "deep"},
        {"obliquus-capitis-inferior", "lateral", "deep"},
        {"levator-scapulae", "lateral", "superficial"},
        {"splenius-capitis", "posterior", "deep"},
        {"masseter-superficial", "lateral", "superficial"},
        {"upper-trapezius", "posterior", "superficial", "both"},
        {"sternocleidomastoid-sternal", "lateral", "superficial", "left"},
        // the shoulder (issue 13), each in the view Travell & Simons draw its pattern in
        {"subscapularis", "posterior", "superficial"},
        {"latissimus-dorsi", "posterior", "superficial"},
        {"pectoralis-major", "anterior", "superficial"},
        {"anterior-scalene", "posterior", "superficial"},
        {"triceps-brachii", "posterior", "superficial"},
        // the scalenes' pattern down the front of the arm to the thumb and index finger (T&S Fig. 20.1)
        {"anterior-scalene", "anterior", "deep"},
        // the shoulder girdle and upper arm in the side view (issue 13): clickable shapes, side-view trigger points
        {"latissimus-dorsi", "lateral", "superficial"},
        {"pectoralis-major", "lateral", "superficial"},
        {"biceps-brachii", "lateral", "superficial"},
        {"triceps-brachii", "lateral", "superficial"},
        // serratus anterior's digitations on the side of the chest, in front of the hanging arm (T&S Fig. 46.1)
        {"serratus-anterior", "lateral", "superficial"},
    };

    @Test
    void generate() throws Exception {
        Path out = Path.of(System.getProperty("screenshots.dir", "screenshots"));
        List<Path> written = render(out);
        assertFalse(written.isEmpty());
        for (Path p : written) {
            assertTrue(Files.size(p) > 10_000, p + " looks empty");
        }
    }

    public static void main(String[] args) throws Exception {
        try {
            render(Path.of(args.length > 0 ? args[0] : "screenshots"));
        } finally {
            Platform.exit();
        }
    }

    static List<Path> render(Path out) throws Exception {
        AtlasLoader.Result result = new AtlasLoader().loadBundled();
        if (!result.ok()) {
            throw new IllegalStateException("atlas has problems: " + result.problems());
        }
        Atlas atlas = result.atlas();
        Files.createDirectories(out);
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        started.get(30, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
        List<Path> written = new ArrayList<>();
        for (var view : atlas.views()) {
            for (Layer layer : Layer.values()) {
                if (view.muscles().stream().anyMatch(m -> m.layer() == layer)) {
                    written.add(shoot(atlas, view.id(), layer, null, Side.RIGHT, out));
                }
            }
        }
        for (String[] p : PATTERNS) {
            var muscle = atlas.muscle(p[0]);
            var view = atlas.view(p[1]);
            // a muscle hidden in a view (the subscapularis from behind) still has its pattern drawn there
            if (muscle.isPresent() && view.isPresent() && (!view.get().shapesOf(p[0]).isEmpty()
                    || muscle.get().triggerPoints().stream().flatMap(t -> t.zones().stream())
                    .anyMatch(z -> !z.shapesIn(p[1]).isEmpty()))) {
                written.add(shoot(atlas, p[1], Layer.fromId(p[2]), p[0], p.length > 3 ? Side.parse(p[3]) : Side.RIGHT, out));
            }
        }
        written.removeIf(java.util.Objects::isNull);
        return written;
    }

    /** The picture's file, or null when {@code screenshots.only} leaves it out. */
    private static Path shoot(Atlas atlas, String viewId, Layer layer, String muscle, Side side, Path out)
            throws Exception {
        String name = viewId + "-" + layer.id() + (muscle == null ? "" : "-" + muscle)
                + (side == Side.RIGHT ? "" : "-" + side.id()) + ".png";
        Path file = out.resolve(name);
        if (!name.contains(System.getProperty("screenshots.only", ""))) {
            return null;
        }
        CompletableFuture<WritableImage> shot = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                BodyMapView map = new BodyMapView(atlas, viewId);
                map.setLayer(layer);
                map.setSelectedMuscleId(muscle);
                map.setSide(side);
                String title = atlas.view(viewId).orElseThrow().name() + " view, " + layer.id() + " layer"
                        + (muscle == null ? "" : ": " + atlas.muscle(muscle).orElseThrow().name()
                        + " trigger points and referred pain"
                        + (side == Side.RIGHT ? "" : ", shown on the patient's " + side.id() + (side == Side.BOTH ? " sides" : " side (mirrored)")));
                Label header = new Label(title);
                header.setStyle("-fx-font-size: 24px; -fx-padding: 10 18 6 18; -fx-text-fill: #222;");
                BorderPane root = new BorderPane(map, header, null, null, null);
                root.setStyle("-fx-background-color: #fbfaf7;");
                Stage stage = new Stage();
                stage.setScene(new Scene(root, WIDTH, HEIGHT));
                stage.show();
                root.applyCss();
                root.layout();
                if (muscle != null) {
                    map.zoomToSelection();
                    root.layout();
                }
                shot.complete(stage.getScene().snapshot(null));
                stage.close();
            } catch (RuntimeException e) {
                shot.completeExceptionally(e);
            }
        });
        write(shot.get(60, TimeUnit.SECONDS), file);
        return file;
    }

    static void write(WritableImage image, Path file) throws IOException {
        org.referralatlas.ui.Snapshots.write(image, file);
    }
}
