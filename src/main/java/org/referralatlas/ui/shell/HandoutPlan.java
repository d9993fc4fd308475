package org.referralatlas.ui.shell;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.referralatlas.export.HandoutContent;
import org.referralatlas.export.HandoutContents;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Side;

/**
 * What a handout is about, decided from what is on screen: the pain finder's chosen regions while in
 * the pain finder, otherwise the selected muscle (Explore, the patient view ...); and the file name
 * offered for it, naming that subject and the date.
 *
 * @param regionIds the regions, empty for a muscle handout
 * @param muscleId  the muscle, null for a regions handout
 */
record HandoutPlan(List<String> regionIds, String muscleId, Side side) {
    /** The handout for what the window shows, or null when nothing is chosen. */
    static HandoutPlan of(MainViewModel model) {
        Side side = model.explore().sideProperty().get();
        if (model.modeProperty().get() == AppMode.PAIN_FINDER && !model.painFinder().chosenRegions().isEmpty()) {
            return new HandoutPlan(List.copyOf(model.painFinder().chosenRegions()), null, side);
        }
        var muscle = model.explore().getSelected();
        return muscle == null ? null : new HandoutPlan(List.of(), muscle.id(), side);
    }

    HandoutContent content(Atlas atlas, String note) {
        HandoutContents contents = new HandoutContents(atlas);
        return muscleId == null ? contents.forPain(regionIds, side, note) : contents.forMuscle(muscleId, side, note);
    }

    /** "handout-temporalis-2026-12-03.pdf", "handout-temple-back-of-neck-2026-12-03.pdf". */
    String fileName(LocalDate date) {
        String subject = muscleId != null ? muscleId : String.join("-", regionIds.stream().limit(4).toList());
        String safe = subject.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
        return "handout-" + safe + "-" + date + ".pdf";
    }
}
