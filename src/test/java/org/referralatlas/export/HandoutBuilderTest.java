package org.referralatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.referralatlas.TestAtlases;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.Side;

class HandoutBuilderTest {
    private static final Atlas ATLAS = TestAtlases.mini();
    private static final String NOTE = "Café break – twice a day → gently";

    private final HandoutContents contents = new HandoutContents(ATLAS);
    private final HandoutBuilder builder = new HandoutBuilder(ATLAS);

    /** Extracted text with line breaks and repeated spaces folded, since the layout wraps lines. */
    static String text(PDDocument doc) throws IOException {
        return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }

    @Test
    void muscleHandoutHoldsNameSelfCareRedFlagsNoteAndFooter() throws IOException {
        HandoutContent content = contents.forMuscle("upper-trapezius", Side.RIGHT, "Use the ball after work.");
        try (PDDocument doc = builder.build(content)) {
            assertEquals(1, doc.getNumberOfPages());
            String text = text(doc);
            Muscle m = ATLAS.muscle("upper-trapezius").orElseThrow();
            assertTrue(text.contains(m.name()), text);
            assertTrue(text.contains(m.patientSummary()), text);
            for (String step : ATLAS.technique("self-massage-ball").orElseThrow().steps()) {
                assertTrue(text.contains(step), "self-care step: " + step);
            }
            assertTrue(text.contains("Ball on the top of the shoulder, leaning into a door frame."), "muscle note");
            assertFalse(text.contains("Locate the taut band"), "hands-on steps are for the therapist, not the patient");
            for (var flag : ATLAS.redFlagsFor(List.of("temple", "back-of-neck"))) {
                assertTrue(text.contains(flag.title()), "red flag: " + flag.title());
            }
            assertTrue(text.contains("When to see a doctor"), text);
            assertTrue(text.contains("never on the front of the neck"), "precaution of the self-care shown");
            assertFalse(text.contains("Avoid pressing the front of the neck."),
                    "the muscle's precautions are the therapist's, not the patient's");
            assertTrue(text.contains("Use the ball after work."), "therapist's note");
            assertTrue(text.contains("not a substitute for medical advice"), text);
            assertTrue(text.contains("Simons DG, Travell JG"), "source citation");
            assertTrue(text.contains("Main pain area: back of the neck, behind the ear and temple."), text);
            assertTrue(text.contains("Pain may also spread to: occiput."), text);
            assertEquals(m.name(), doc.getDocumentInformation().getTitle());
        }
    }

    @ParameterizedTest
    @EnumSource(PdfFonts.Choice.class)
    void anyFontKeepsAccentsAndDashesAndNeverFailsOnText(PdfFonts.Choice choice) throws IOException {
        HandoutContent content = contents.forMuscle("temporalis", Side.LEFT, NOTE);
        try (PDDocument doc = builder.build(content, choice)) {
            String text = text(doc);
            assertTrue(text.contains("Café break – twice a day"), choice + ": " + text);
            assertTrue(text.contains("gently"), text);
            assertTrue(text.contains("left side"), text);
        }
    }

    @Test
    void cleanReplacesWhatAFontCannotEncode() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfFonts standard = PdfFonts.load(doc, PdfFonts.Choice.STANDARD);
            assertEquals("Caf\u00e9 \u2013 a -> b ? c",
                    standard.clean(standard.regular(), "Caf\u00e9 \u2013 a \u2192 b \u4e2d\tc"));
            assertEquals("e", PdfFonts.plain('\u0113'));
        }
    }

    @Test
    void painFinderHandoutRanksCandidatesWithReasons() throws IOException {
        HandoutContent content = contents.forPain(List.of("temple", "behind-the-eye"), Side.RIGHT, null);
        assertEquals("Suboccipital muscles", content.candidates().get(0).name());
        assertTrue(content.candidates().get(0).reason().contains("temple and behind the eye"),
                content.candidates().get(0).reason());
        assertEquals(List.of("temple", "behind-the-eye"), content.figure().painRegions());
        try (PDDocument doc = builder.build(content)) {
            assertEquals(1, doc.getNumberOfPages());
            String text = text(doc);
            assertTrue(text.contains("Where it hurts: Temple, Behind the eye"), text);
            assertTrue(text.contains("1. Suboccipital muscles"), text);
            assertTrue(text.indexOf("Suboccipital muscles") < text.indexOf("Temporalis"), "ranked order");
            assertTrue(text.contains("Sudden, worst-ever headache"), text);
            assertTrue(text.contains(FigureLegend.PAIN), text);
            assertTrue(text.contains("Your therapist's note"), text);
        }
    }

    @Test
    void anArmpitHandoutNamesTheKnotsThatLieThereAndTheLumpWarning() throws IOException {
        Atlas bundled = TestAtlases.bundled();
        HandoutContent content = new HandoutContents(bundled).forPain(List.of("armpit"), Side.RIGHT, null);
        assertEquals(List.of(), content.candidates(), "no pattern refers into the armpit");
        assertEquals(List.of("You feel pain in: armpit (right side).",
                "Knots in these muscles can sit right where it hurts: Latissimus dorsi, Teres major, Subscapularis "
                        + "and Pectoralis major."), content.whereItHurts());
        try (PDDocument doc = new HandoutBuilder(bundled).build(content)) {
            String text = text(doc);
            assertTrue(text.contains("Knots in these muscles can sit right where it hurts"), text);
            assertTrue(text.contains("A lump or swelling in the armpit"), text);
            assertTrue(text.contains("could be the heart"), text);
        }
    }

    @Test
    void tooMuchTextStillMakesOnePageInSmallerType() throws IOException {
        HandoutContent content = contents.forMuscle("upper-trapezius", Side.BOTH,
                "Keep your shoulders down while typing. ".repeat(60));
        try (PDDocument doc = builder.build(content)) {
            assertEquals(1, doc.getNumberOfPages());
            assertTrue(text(doc).contains("Keep your shoulders down while typing."));
        }
    }

    @Test
    void contentTooLongForAnyTypeSizeIsShortenedButKeepsItsSafetyParts() throws IOException {
        HandoutContent base = contents.forMuscle("upper-trapezius", Side.RIGHT, null);
        List<HandoutContent.SelfCare> many = new java.util.ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            many.add(new HandoutContent.SelfCare("Technique " + i, "Plain words " + i,
                    "A note for technique " + i, List.of("First step.", "Second step.", "Third step.",
                    "Fourth step, which is long enough to wrap onto a second line at any type size we use here.")));
        }
        HandoutContent big = new HandoutContent(base.title(), base.subtitle(), base.figure(), base.aboutHeading(),
                base.about(), base.whereItHurts(), base.candidates(), many, base.precautions(), base.redFlags(),
                "Note. ".repeat(200), base.sources(), base.atlasLine());
        try (PDDocument doc = builder.build(big)) {
            assertEquals(1, doc.getNumberOfPages());
            String text = text(doc);
            assertTrue(text.contains("Technique 1."), text);
            assertFalse(text.contains("Technique 12."), "shortened");
            for (String precaution : base.precautions()) {
                assertTrue(text.contains(precaution), "precautions are kept: " + precaution);
            }
            assertTrue(text.contains("Sudden, worst-ever headache"), "red flags are kept");
            assertTrue(text.contains("not a substitute for medical advice"), text);
        }
    }

    @Test
    void unknownIdsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> contents.forMuscle("gluteus", Side.RIGHT, null));
        assertThrows(IllegalArgumentException.class, () -> contents.forPain(List.of("knee"), Side.RIGHT, null));
        assertThrows(IllegalArgumentException.class, () -> contents.forPain(List.of(), Side.RIGHT, null));
    }

    @Test
    void writesAtomicallyAndRendersAPreview(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("handout.pdf");
        builder.write(contents.forMuscle("sternocleidomastoid-sternal", Side.RIGHT, null), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(text(doc).contains("Sternocleidomastoid"));
            BufferedImage page = HandoutBuilder.renderPage(doc, 36);
            assertEquals(Math.round(595.28f / 72 * 36), page.getWidth(), 1);
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(pdf), files.toList());
        }
    }
}
