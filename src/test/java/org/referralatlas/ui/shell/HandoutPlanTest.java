package org.referralatlas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.referralatlas.TestAtlases;
import org.referralatlas.data.AtlasLoader;

/** The handout is about what the window shows: the muscle in Explore and the patient view, the regions in the pain finder. */
class HandoutPlanTest {
    private MainViewModel model;

    @BeforeEach
    void open() {
        AtlasSession session = new AtlasSession(new AtlasLoader(), Runnable::run, Runnable::run);
        model = new MainViewModel(session, java.time.Clock.fixed(java.time.Instant.parse("2026-01-05T10:00:00Z"),
                java.time.ZoneOffset.UTC));
        session.open(TestAtlases.MINI);
    }

    @Test
    void nothingChosenIsNoHandout() {
        assertNull(HandoutPlan.of(model));
    }

    @Test
    void exploreAndThePatientViewHandOutTheSelectedMuscle() {
        model.painFinder().toggleRegion("temple"); // chosen earlier in the pain finder: not the subject now
        model.openMuscle("temporalis");
        HandoutPlan plan = HandoutPlan.of(model);
        assertEquals("temporalis", plan.muscleId());
        model.explore().patientViewProperty().set(true);
        assertEquals("temporalis", HandoutPlan.of(model).muscleId());
        assertEquals("handout-temporalis-2026-12-03.pdf", plan.fileName(LocalDate.of(2026, 12, 3)));
        assertTrue(plan.content(model.session().getAtlas(), "").title().contains("Temporalis"),
                plan.content(model.session().getAtlas(), "").title());
    }

    @Test
    void thePainFinderHandsOutItsRegionsEvenWithAMuscleSelected() {
        model.openMuscle("temporalis");
        model.modeProperty().set(AppMode.PAIN_FINDER);
        model.painFinder().toggleRegion("temple");
        model.painFinder().toggleRegion("occiput");
        HandoutPlan plan = HandoutPlan.of(model);
        assertNull(plan.muscleId());
        assertEquals(List.of("temple", "occiput"), plan.regionIds());
        assertEquals("handout-temple-occiput-2026-12-03.pdf", plan.fileName(LocalDate.of(2026, 12, 3)));
    }
}
