package org.referralatlas.ui.shell;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.referralatlas.export.HandoutContent;
import org.referralatlas.export.HandoutContents;
import org.referralatlas.export.PaintedArea;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Intensity;
import org.referralatlas.model.Side;
import org.referralatlas.query.DrawingRanking;
import org.referralatlas.ui.painfinder.PainDrawingViewModel;

/**
 * What a handout is about, decided from what is on screen: in the pain finder, the chosen regions or, while
 * drawing (or with no region chosen), the pain drawing, with the drawing on the figure whenever there is
 * one; otherwise the selected muscle (Explore, the patient view ...); and the file name offered for it,
 * naming that subject and the date.
 *
 * @param regionIds the regions, empty for a muscle or drawing handout
 * @param muscleId  the muscle, null for a regions or drawing handout
 * @param drawing   the pain drawing, or null
 */
record HandoutPlan(List<String> regionIds, String muscleId, Side side, Drawing drawing) {
    /**
     * A pain drawing as a handout shows it.
     *
     * @param area       the painted cells of the view the figure shows
     * @param regionIds  the regions it paints
     * @param candidates its ranked muscles
     */
    record Drawing(PaintedArea area, List<String> regionIds, List<DrawingRanking.Candidate> candidates) {
    }

    HandoutPlan(List<String> regionIds, String muscleId, Side side) {
        this(regionIds, muscleId, side, null);
    }

    /** The handout for what the window shows, or null when nothing is chosen. */
    static HandoutPlan of(MainViewModel model) {
        Side side = model.explore().sideProperty().get();
        if (model.modeProperty().get() == AppMode.PAIN_FINDER) {
            Drawing drawing = drawing(model.painDrawing());
            List<String> regions = List.copyOf(model.painFinder().chosenRegions());
            boolean drawingFirst = model.painDrawing().activeProperty().get() || regions.isEmpty();
            if (drawing != null && drawingFirst) {
                return new HandoutPlan(List.of(), null, side, drawing);
            }
            if (!regions.isEmpty()) {
                return new HandoutPlan(regions, null, side, drawing);
            }
        }
        var muscle = model.explore().getSelected();
        return muscle == null ? null : new HandoutPlan(List.of(), muscle.id(), side);
    }

    private static Drawing drawing(PainDrawingViewModel vm) {
        String view = vm.mostPaintedView();
        if (view == null) {
            return null;
        }
        PaintedArea area = new PaintedArea(view, Arrays.stream(Intensity.values()).map(i -> vm.painted(view, i)).toList());
        return new Drawing(area, vm.paintedRegionIds(), List.copyOf(vm.candidates()));
    }

    HandoutContent content(Atlas atlas, String note) {
        HandoutContents contents = new HandoutContents(atlas);
        if (muscleId != null) {
            return contents.forMuscle(muscleId, side, note);
        }
        if (!regionIds.isEmpty()) {
            return contents.forPain(regionIds, side, note, drawing == null ? null : drawing.area());
        }
        return contents.forDrawing(drawing.area(), drawing.regionIds(), drawing.candidates(), note);
    }

    /**
     * "handout-temporalis-2026-12-03.pdf", "handout-temple-back-of-neck-2026-12-03.pdf",
     * "handout-pain-drawing-temple-2026-12-03.pdf".
     */
    String fileName(LocalDate date) {
        String subject = muscleId != null ? muscleId
                : !regionIds.isEmpty() ? String.join("-", regionIds.stream().limit(4).toList())
                : String.join("-", java.util.stream.Stream.concat(java.util.stream.Stream.of("pain-drawing"),
                        drawing.regionIds().stream().limit(3)).toList());
        String safe = subject.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
        return "handout-" + safe + "-" + date + ".pdf";
    }
}
