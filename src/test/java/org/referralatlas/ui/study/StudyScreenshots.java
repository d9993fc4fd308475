package org.referralatlas.ui.study;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Point;
import org.referralatlas.study.DeckStore;
import org.referralatlas.study.QuizGrid;
import org.referralatlas.study.ProgressStore;
import org.referralatlas.study.Question;
import org.referralatlas.study.QuizKind;
import org.referralatlas.study.Scoring;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Regenerates the study screenshots in {@code screenshots/}: a zone-marking question with a student's
 * imperfect painting and its feedback, and a name-the-muscle question and its feedback. Not part of the
 * regular suite (the name does not end in Test); run with {@code mvn -o -q test -Dtest=StudyScreenshots}.
 */
@ExtendWith(ApplicationExtension.class)
class StudyScreenshots {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private static final Path OUT = Path.of(System.getProperty("screenshots.dir", "screenshots"));

    @TempDir
    Path dir;

    private Atlas atlas;
    private StudyViewModel model;
    private Scene scene;

    @Start
    void start(Stage stage) {
        AtlasLoader.Result result = new AtlasLoader().loadBundled();
        assertTrue(result.ok(), () -> result.problems().toString());
        atlas = result.atlas();
        model = new StudyViewModel(atlas, new ProgressStore(dir, CLOCK), new DeckStore(dir, CLOCK), CLOCK, new Random(4));
        scene = new Scene(new StudyView(model, atlas), 1240, 780);
        scene.getStylesheets().add(getClass().getResource("/org/referralatlas/ui/theme.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void zoneMarking(FxRobot robot) throws IOException {
        robot.interact(() -> {
            model.chooseKinds(Set.of(QuizKind.MARK_ZONES));
            model.chooseDeck("area:head");
            Question.MarkZones q = (Question.MarkZones) model.questionProperty().get();
            var box = atlas.view(q.viewId()).orElseThrow().viewBox();
            var target = Scoring.targetMasks(q, QuizGrid.over(box));
            // A plausible student: part of the essential zone, off to one side, a little spillover.
            List<Point> essential = centres(target.essential());
            for (int i = 0; i < essential.size() * 0.55; i += 4) {
                model.paint(essential.get(i).x() + 14, essential.get(i).y() + 6);
            }
            model.marking().toggleBrush();
            List<Point> spillover = centres(target.spillover());
            for (int i = 0; i < spillover.size() / 2; i += 5) {
                model.paint(spillover.get(i).x(), spillover.get(i).y());
            }
        });
        shoot(robot, "study-zones-question.png");
        robot.interact(model::submit);
        shoot(robot, "study-zones-feedback.png");
    }

    @Test
    void nameTheMuscle(FxRobot robot) throws IOException {
        robot.interact(() -> {
            model.chooseKinds(Set.of(QuizKind.NAME_THE_MUSCLE));
            model.chooseDeck("area:head");
        });
        shoot(robot, "study-choice-question.png");
        robot.interact(() -> {
            Question.NameTheMuscle q = (Question.NameTheMuscle) model.questionProperty().get();
            model.choose((q.answerIndex() + 1) % q.options().size() + 1);  // a wrong answer shows both marks
            model.submit();
        });
        shoot(robot, "study-choice-feedback.png");
    }

    private void shoot(FxRobot robot, String name) throws IOException {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            image[0] = scene.snapshot(null);
        });
        int w = (int) image[0].getWidth();
        int h = (int) image[0].getHeight();
        int[] argb = new int[w * h];
        image[0].getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        Files.createDirectories(OUT);
        Path file = OUT.resolve(name);
        ImageIO.write(out, "png", file.toFile());
        assertTrue(Files.size(file) > 10_000, file + " looks empty");
    }

    private static List<Point> centres(org.referralatlas.geometry.Mask mask) {
        List<Point> centres = new java.util.ArrayList<>();
        mask.forEachCell((c, r) -> centres.add(new Point(mask.grid().centreX(c), mask.grid().centreY(r))));
        return centres;
    }
}
