package org.referralatlas.ui.painfinder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.referralatlas.TestAtlases;
import org.referralatlas.model.Point;
import org.referralatlas.model.RedFlag;
import org.referralatlas.query.PainLookup;

/** The pain finder with the armpit ticked or drawn on: its warnings, and the trigger points that lie there (plain JUnit). */
class PainFinderArmpitTest {
    @Test
    void tickingTheArmpitShowsItsWarningsAndSitesAndUntickingClearsThem() {
        PainFinderViewModel model = new PainFinderViewModel();
        model.useAtlas(TestAtlases.bundled());
        model.setChosen("armpit", true);
        List<String> flags = model.redFlags().stream().map(RedFlag::id).toList();
        assertTrue(flags.contains("armpit-lump-breast-change") && flags.contains("cardiac-chest-arm-pain"),
                flags.toString());
        assertEquals(List.of(), model.candidates());
        assertEquals(List.of("latissimus-dorsi", "teres-major", "subscapularis", "pectoralis-major"),
                model.sites().stream().map(PainLookup.Site::id).toList());

        model.setChosen("armpit", false);
        assertEquals(List.of(), model.sites());
        assertEquals(List.of(), model.redFlags());
    }

    @Test
    void drawingOverTheArmpitWarnsToo() {
        PainDrawingViewModel drawing = new PainDrawingViewModel(java.time.Clock.systemUTC());
        drawing.useAtlas(TestAtlases.bundled());
        drawing.viewIdProperty().set("anterior");
        assertEquals(List.of(), drawing.redFlags());
        drawing.stroke("anterior", List.of(new Point(249, 414), new Point(253, 422), new Point(257, 428)), false);
        assertTrue(drawing.paintedRegionIds().contains("armpit"), drawing.paintedRegionIds().toString());
        List<String> flags = drawing.redFlags().stream().map(RedFlag::id).toList();
        assertTrue(flags.contains("armpit-lump-breast-change") && flags.contains("cardiac-chest-arm-pain"),
                flags.toString());
        drawing.undo();
        assertEquals(List.of(), drawing.redFlags(), "an empty drawing warns of nothing");
    }
}
