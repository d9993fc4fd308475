package org.referralatlas.ui.shell;

import java.time.Clock;
import org.referralatlas.ui.explore.ExploreViewModel;
import org.referralatlas.ui.figure.FigureViewModel;
import org.referralatlas.ui.painfinder.PainDrawingViewModel;
import org.referralatlas.ui.painfinder.PainFinderViewModel;
import org.referralatlas.ui.present.PresentationViewModel;
import org.referralatlas.ui.techniques.TechniquesViewModel;

/**
 * The feature view models of the main window, made in one place (the composition root, {@code App.start})
 * and passed to {@link MainViewModel}, which only wires them together.
 */
public record FeatureModels(FigureViewModel figure, ExploreViewModel explore, PainFinderViewModel painFinder,
                            PainDrawingViewModel painDrawing, TechniquesViewModel techniques,
                            PresentationViewModel presentation) {

    /**
     * A fresh set; the clock dates the pain drawings. Explore, the pain finder and the pain drawing share
     * the one {@link FigureViewModel}: the view, side, selection and brush they change are what the figure shows.
     */
    public static FeatureModels create(Clock clock) {
        FigureViewModel figure = new FigureViewModel();
        return new FeatureModels(figure, new ExploreViewModel(figure), new PainFinderViewModel(figure),
                new PainDrawingViewModel(clock, figure), new TechniquesViewModel(), new PresentationViewModel());
    }
}
