package org.referralatlas.ui.study;

import org.referralatlas.study.Answer;
import org.referralatlas.study.Feedback;
import org.referralatlas.study.Question;

/** What each question kind draws on the student's figure and, once answered, on the correct one. */
final class FeedbackDrawing {
    private FeedbackDrawing() {
    }

    static void draw(Question q, Feedback feedback, StudyFigure figure, StudyFigure correct) {
        if (q instanceof Question.NameTheMuscle n) {
            figure.showPaths(n.essentialShapes(), StudyStyles.ZONE_ESSENTIAL);
            figure.showPaths(n.spilloverShapes(), StudyStyles.ZONE_SPILLOVER);
        } else if (q instanceof Question.RegionMuscles r) {
            figure.showPaths(r.regionShapes(), StudyStyles.REGION);
        } else if (q instanceof Question.MarkZones z && feedback != null) {
            correct.showPaths(z.essentialShapes(), StudyStyles.ZONE_ESSENTIAL);
            correct.showPaths(z.spilloverShapes(), StudyStyles.ZONE_SPILLOVER);
        } else if (q instanceof Question.FindTriggerPoint t && feedback != null) {
            t.targets().forEach(target -> correct.showPoint(target.at(), 8, StudyStyles.TARGET));
            if (feedback.answer() instanceof Answer.Click click) {
                figure.showPoint(click.at(), 10, StudyStyles.CLICK);
                correct.showPoint(click.at(), 10, StudyStyles.CLICK);
            }
        }
    }
}
