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
import org.referralatlas.export.HandoutBuilder;
import org.referralatlas.export.HandoutContent;
import org.referralatlas.ui.painfinder.Strokes;
import java.awt.image.BufferedImage;
import org.apache.pdfbox.pdmodel.PDDocument;

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

    @Test
    void techniquesModeHandsOutTheSelectedMuscle() {
        model.openMuscle("temporalis");
        model.modeProperty().set(AppMode.TECHNIQUES);
        assertEquals("temporalis", HandoutPlan.of(model).muscleId());
    }

    @Test
    void whileDrawingTheHandoutIsAboutTheDrawingAndShowsIt() throws Exception {
        model.modeProperty().set(AppMode.PAIN_FINDER);
        model.painFinder().toggleRegion("occiput"); // picked before drawing: the drawing is the subject now
        paintTemple();
        model.painDrawing().activeProperty().set(true);
        HandoutPlan plan = HandoutPlan.of(model);
        assertNull(plan.muscleId());
        assertEquals(List.of(), plan.regionIds());
        assertEquals(List.of("temple"), plan.drawing().regionIds());
        assertEquals("handout-pain-drawing-temple-2026-12-03.pdf", plan.fileName(LocalDate.of(2026, 12, 3)));
        HandoutContent content = plan.content(model.session().getAtlas(), "");
        assertEquals("Your pain drawing", content.title());
        assertTrue(content.whereItHurts().get(0).contains("temple"), content.whereItHurts().toString());
        assertEquals("lateral", content.figure().viewId());
        assertTrue(content.figure().painted() != null && !content.figure().painted().isEmpty(), "the drawing is carried");
        assertEquals("Temporalis", content.candidates().get(0).name());
        assertTrue(drawnPixels(content) > 4 * drawnPixels(withoutDrawing(content)) + 20,
                "the printed page shows the drawn stroke in its colour");
    }

    @Test
    void regionsPickedBesideADrawingKeepTheRegionsAndShowTheDrawing() {
        model.modeProperty().set(AppMode.PAIN_FINDER);
        paintTemple();
        model.painFinder().toggleRegion("temple");
        HandoutPlan plan = HandoutPlan.of(model);
        assertEquals(List.of("temple"), plan.regionIds());
        HandoutContent content = plan.content(model.session().getAtlas(), "");
        assertTrue(content.title().startsWith("Where it hurts: Temple"), content.title());
        assertEquals("lateral", content.figure().viewId(), "the figure shows the view the patient drew on");
        assertTrue(content.figure().painted() != null, "the drawing is on the regions' handout too");
        assertEquals(List.of("temple"), content.figure().painRegions());
    }

    @Test
    void aDrawingAloneIsTheSubjectAfterLeavingTheBrush() {
        model.modeProperty().set(AppMode.PAIN_FINDER);
        paintTemple();
        model.painDrawing().activeProperty().set(false);
        assertEquals("Your pain drawing", HandoutPlan.of(model).content(model.session().getAtlas(), "").title());
        model.modeProperty().set(AppMode.EXPLORE);
        assertNull(HandoutPlan.of(model), "Explore with no muscle selected hands out nothing");
    }

    private void paintTemple() {
        model.painDrawing().viewIdProperty().set("lateral");
        model.painDrawing().stroke("lateral", Strokes.across(model.session().getAtlas(), "temple", "lateral"), false);
    }

    private static HandoutContent withoutDrawing(HandoutContent c) {
        return new HandoutContent(c.title(), c.subtitle(), c.figure().withPainted(null), c.aboutHeading(), c.about(),
                c.whereItHurts(), c.candidates(), c.selfCare(), c.precautions(), c.redFlags(), c.note(), c.sources(),
                c.atlasLine());
    }

    /** Pixels of the rendered page in the drawing's violet (blue well above red and green). */
    private long drawnPixels(HandoutContent content) {
        try (PDDocument doc = new HandoutBuilder(model.session().getAtlas()).build(content)) {
            BufferedImage page = HandoutBuilder.renderPage(doc, 72);
            long n = 0;
            for (int y = 0; y < page.getHeight(); y++) {
                for (int x = 0; x < page.getWidth(); x++) {
                    int rgb = page.getRGB(x, y);
                    int r = (rgb >> 16) & 0xFF;
                    int g = (rgb >> 8) & 0xFF;
                    int b = rgb & 0xFF;
                    n += b > r + 30 && b > g + 60 && r > g ? 1 : 0;
                }
            }
            return n;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
