package org.referralatlas.ui.shell;

import java.util.ArrayList;
import java.util.List;
import org.referralatlas.export.Plate;
import org.referralatlas.lesson.Lesson;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Side;
import org.referralatlas.model.ZoneKind;
import org.referralatlas.ui.Messages;

/**
 * The plates of a plate book as presentation slides: one step per plate, in the plate's best view, with the
 * plate's trigger point and regions as the step's note. Plain Java; presented with its own view model, so
 * the teacher's lesson is left as it was.
 */
final class PlateSlides {
    private PlateSlides() {
    }

    static Lesson lesson(Atlas atlas, String title, List<Plate> plates, Side side) {
        List<Lesson.Step> steps = new ArrayList<>();
        for (Plate plate : plates) {
            steps.add(new Lesson.Step(plate.muscle().id(), plate.views().get(0), side.id(), null, note(atlas, plate)));
        }
        return new Lesson(title, steps);
    }

    /** "TrP2: location. Essential: Temple, Forehead. Spillover: Eye." (the trigger point only on its own plate). */
    static String note(Atlas atlas, Plate plate) {
        StringBuilder sb = new StringBuilder();
        if (plate.triggerPoint() != null) {
            sb.append(plate.triggerPoint().label()).append(": ").append(plate.triggerPoint().location()).append(' ');
        }
        sb.append(regions(atlas, "plates.slide.essential", plate.regions(ZoneKind.ESSENTIAL))).append(' ');
        sb.append(regions(atlas, "plates.slide.spillover", plate.regions(ZoneKind.SPILLOVER)));
        return sb.toString().strip();
    }

    private static String regions(Atlas atlas, String key, List<String> ids) {
        if (ids.isEmpty()) {
            return "";
        }
        return Messages.format(key, String.join(", ", ids.stream().map(id -> atlas.region(id).map(r -> r.name())
                .orElse(id)).toList()));
    }
}
