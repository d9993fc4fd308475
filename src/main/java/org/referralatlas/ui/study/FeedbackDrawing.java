package org.referralatlas.ui.study;

import java.util.ArrayList;
import java.util.List;
import org.referralatlas.model.Point;
import org.referralatlas.model.ZoneKind;
import org.referralatlas.study.Answer;
import org.referralatlas.study.Feedback;
import org.referralatlas.study.Question;
import org.referralatlas.ui.bodymap.MapMark;

/**
 * What each question kind draws on the student's figure and, once answered, on the correct one, as
 * body-map marks: the quiz figure draws them with the atlas's own conventions.
 */
final class FeedbackDrawing {
    private FeedbackDrawing() {
    }

    /** Marks for the student's figure: the question's pattern or region, and the click once answered. */
    static List<MapMark> yours(Question q, Feedback feedback) {
        List<MapMark> marks = new ArrayList<>();
        if (q instanceof Question.NameTheMuscle n) {
            zones(marks, n.essentialShapes(), n.spilloverShapes());
        } else if (q instanceof Question.RegionMuscles r) {
            r.regionShapes().forEach(d -> marks.add(new MapMark.Region(d)));
        } else if (q instanceof Question.FindTriggerPoint && feedback != null
                && feedback.answer() instanceof Answer.Click click) {
            marks.add(new MapMark.Click(click.at()));
        }
        return marks;
    }

    /** Marks for the correct figure shown beside an answered figure question. */
    static List<MapMark> correct(Question q, Feedback feedback) {
        List<MapMark> marks = new ArrayList<>();
        if (feedback == null) {
            return marks;
        }
        if (q instanceof Question.MarkZones z) {
            zones(marks, z.essentialShapes(), z.spilloverShapes());
        } else if (q instanceof Question.FindTriggerPoint t) {
            t.targets().forEach(target -> marks.add(new MapMark.TriggerPoint(target.at(), target.label())));
            if (feedback.answer() instanceof Answer.Click click) {
                marks.add(new MapMark.Click(click.at()));
            }
        }
        return marks;
    }

    /** The student's painting and, while answering, the keyboard cursor. */
    static List<MapMark> marking(Marking marking, boolean zones, Point cursor) {
        List<MapMark> marks = new ArrayList<>();
        if (zones && marking.essentialProperty().get() != null) {
            marks.add(new MapMark.Painting(marking.essentialProperty().get(), ZoneKind.ESSENTIAL));
            marks.add(new MapMark.Painting(marking.spilloverProperty().get(), ZoneKind.SPILLOVER));
        }
        if (cursor != null) {
            marks.add(new MapMark.Cursor(cursor));
        }
        return marks;
    }

    private static void zones(List<MapMark> marks, List<String> essential, List<String> spillover) {
        spillover.forEach(d -> marks.add(new MapMark.Zone(ZoneKind.SPILLOVER, d)));
        essential.forEach(d -> marks.add(new MapMark.Zone(ZoneKind.ESSENTIAL, d)));
    }
}
