package org.referralatlas.ui.painfinder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.referralatlas.TestAtlases;
import org.referralatlas.model.RedFlag;
import org.referralatlas.query.PainLookup;

/** The pain finder with the armpit ticked: its warnings, and the trigger points that lie there (plain JUnit). */
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
}
