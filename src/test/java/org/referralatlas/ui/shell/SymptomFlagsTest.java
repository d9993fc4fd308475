package org.referralatlas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.model.RedFlag;
import org.referralatlas.query.SearchHit;

/** The app's symptom search shows the symptom's red flags before highlighting muscles. */
class SymptomFlagsTest {
    @Test
    void aSymptomSearchShowsItsRedFlagsUntilTheUserGoesElsewhere() {
        AtlasSession session = new AtlasSession(new AtlasLoader(), Runnable::run, Runnable::run);
        MainViewModel model = new MainViewModel(session, Clock.systemDefaultZone());
        session.open(Path.of("atlas-data"));

        model.goTo(new SearchHit(SearchHit.Kind.SYMPTOM, "dizziness", "Dizziness", "vertigo", 1));
        List<String> ids = model.symptomFlags().stream().map(RedFlag::id).toList();
        assertTrue(ids.contains("cervical-artery-dissection"), ids.toString());
        assertFalse(model.highlightedMuscles().isEmpty(), "the muscles still follow");

        model.goTo(new SearchHit(SearchHit.Kind.SYMPTOM, "double-vision", "Double vision", "Double vision", 1));
        assertTrue(model.symptomFlags().stream().anyMatch(f -> f.id().equals("neurological-deficit")));
        assertTrue(model.highlightedMuscles().isEmpty(), "no muscle lists double vision");

        model.goTo(new SearchHit(SearchHit.Kind.MUSCLE, "temporalis", "Temporalis", "Temporalis", 1));
        assertEquals(List.of(), model.symptomFlags());
    }

    @Test
    void thePainFinderSaysWhereNoPainGuideOrdersTheMuscles() {
        AtlasSession session = new AtlasSession(new AtlasLoader(), Runnable::run, Runnable::run);
        MainViewModel model = new MainViewModel(session, Clock.systemDefaultZone());
        session.open(Path.of("atlas-data"));
        var finder = model.painFinder();
        finder.toggleRegion("temple");
        assertEquals(List.of(), finder.regionsWithoutGuide(), "the temple has a T&S guide");
        assertEquals("upper-trapezius", finder.candidates().get(0).id());
        finder.toggleRegion("nose");
        assertEquals(List.of("Side of the nose"), finder.regionsWithoutGuide());
        finder.clear();
        assertEquals(List.of(), finder.regionsWithoutGuide());
    }
}
