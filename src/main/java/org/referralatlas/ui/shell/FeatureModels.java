package org.referralatlas.ui.shell;

import java.time.Clock;
import org.referralatlas.ui.explore.ExploreViewModel;
import org.referralatlas.ui.painfinder.PainDrawingViewModel;
import org.referralatlas.ui.painfinder.PainFinderViewModel;
import org.referralatlas.ui.present.PresentationViewModel;
import org.referralatlas.ui.techniques.TechniquesViewModel;

/**
 * The feature view models of the main window, made in one place (the composition root, {@code App.start})
 * and passed to {@link MainViewModel}, which only wires them together.
 */
public record FeatureModels(ExploreViewModel explore, PainFinderViewModel painFinder, PainDrawingViewModel painDrawing,
                            TechniquesViewModel techniques, PresentationViewModel presentation) {

    /** A fresh set; the clock dates the pain drawings. */
    public static FeatureModels create(Clock clock) {
        return new FeatureModels(new ExploreViewModel(), new PainFinderViewModel(), new PainDrawingViewModel(clock),
                new TechniquesViewModel(), new PresentationViewModel());
    }
}
