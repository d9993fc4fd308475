package org.referralatlas.ui.shell;

import java.util.ArrayList;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import java.util.List;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.PainRegion;

/**
 * A tour of every mode as a user takes it, one step a frame: each view and layer, muscles selected
 * on the figure, the patient view, the pain finder with regions and the brush, techniques, study.
 * {@code --measure-tour} runs it in the real app (peak memory is read from outside, README
 * "Start-up and memory"); {@code SoakTest} repeats its switches to show nothing grows.
 */
public final class Tour {
    private Tour() {
    }

    /** The steps, each one user action; run them on the JavaFX thread with a rendered frame between. */
    public static List<Runnable> of(MainWindow window, MainViewModel model) {
        Atlas atlas = model.session().getAtlas();
        List<Runnable> steps = new ArrayList<>();
        for (int v = 0; v < atlas.views().size(); v++) {
            int view = v;
            steps.add(() -> window.showView(view));
            steps.add(window::toggleLayer);
            steps.add(window::toggleLayer);
        }
        steps.add(() -> window.showView(0));
        for (Muscle m : atlas.muscles()) {
            steps.add(() -> model.explore().selectMuscle(m.id()));
        }
        steps.add(window::togglePatientView);
        steps.add(window::togglePatientView);
        steps.add(() -> window.setMode(AppMode.PAIN_FINDER));
        atlas.regions().stream().limit(3).map(PainRegion::id).forEach(r ->
                steps.add(() -> model.painFinder().toggleRegion(r)));
        steps.add(model::toggleDrawing);
        steps.add(model::toggleDrawing);
        steps.add(model::clearPainFinder);
        steps.add(() -> window.setMode(AppMode.TECHNIQUES));
        steps.add(() -> window.setMode(AppMode.STUDY));
        steps.add(() -> window.setMode(AppMode.EXPLORE));
        return steps;
    }

    /**
     * Runs the steps one a frame, then prints what the tour left behind (heap after a collection)
     * and exits the toolkit. For {@code --measure-tour}.
     */
    public static void runThenExit(List<Runnable> steps) {
        long start = System.nanoTime();
        new AnimationTimer() {
            private int next;

            @Override
            public void handle(long now) {
                if (next < steps.size()) {
                    steps.get(next++).run();
                    return;
                }
                stop();
                System.gc();
                Runtime rt = Runtime.getRuntime();
                System.out.printf("tour: %d steps in %d ms; heap used after GC %d MiB of %d MiB committed%n",
                        steps.size(), (System.nanoTime() - start) / 1_000_000,
                        (rt.totalMemory() - rt.freeMemory()) >> 20, rt.totalMemory() >> 20);
                Platform.exit();
            }
        }.start();
    }
}
