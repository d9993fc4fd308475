package org.referralatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.referralatlas.TestAtlases;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Side;

/** Notes a therapist might type that once broke the handout: very long words, right-to-left scripts. */
class HostileHandoutTest {
    private static final Atlas ATLAS = TestAtlases.mini();
    private static final String SHALOM = "\u05e9\u05dc\u05d5\u05dd";          // שלום in logical order

    @Test
    void rightToLeftRunsAreReorderedForDrawingAndBracketsMirrored() {
        String reversed = "\u05dd\u05d5\u05dc\u05e9";
        assertEquals("rest " + reversed + " daily", BidiText.visual("rest " + SHALOM + " daily"));
        assertEquals("(" + reversed + ")", BidiText.visual("(" + SHALOM + ")"));
        assertEquals("plain text", BidiText.visual("plain text"));
        // Numbers inside right-to-left text stay left to right.
        assertEquals("12 " + reversed, BidiText.visual(SHALOM + " 12"));
    }

    @Test
    void arabicLettersAreJoinedIntoPresentationFormsThenDrawnFromTheRight() {
        // بيت (house): beh, yeh, teh in logical order.
        String bayt = "\u0628\u064a\u062a";
        // Joined: initial beh FE91, medial yeh FEF4, final teh FE96; drawn left to right, so reversed.
        assertEquals("\ufe96\ufef4\ufe91", BidiText.visual(bayt));
        assertEquals("rest \ufe96\ufef4\ufe91 daily", BidiText.visual("rest " + bayt + " daily"));
        // سلام: initial seen FEB3, then lam-alef as one final ligature FEFC, then an isolated meem FEE1
        // (alef never joins to the next letter).
        assertEquals("\ufee1\ufefc\ufeb3", BidiText.visual("\u0633\u0644\u0627\u0645"));
        // Two words keep their own order from the right, each joined on its own.
        assertEquals("\ufee1\ufefc\ufeb3 \ufe96\ufef4\ufe91",
                BidiText.visual(bayt + " \u0633\u0644\u0627\u0645"));
    }

    @Test
    void hebrewHasNoJoiningFormsAndIsOnlyReordered() {
        assertEquals(SHALOM, BidiText.shaped(SHALOM));
        assertEquals("\u05dd\u05d5\u05dc\u05e9", BidiText.visual(SHALOM));
    }

    @Test
    void anArabicNoteIsDrawnWithJoinedForms() throws IOException {
        String bayt = "\u0628\u064a\u062a";
        HandoutContent content = new HandoutContents(ATLAS).forMuscle("temporalis", Side.LEFT, "Note: " + bayt);
        try (PDDocument doc = new HandoutBuilder(ATLAS).build(content)) {
            // The glyphs in the order the page draws them (text extraction would normalise the forms
            // back to letters): joined forms, drawn from the right.
            StringBuilder drawn = new StringBuilder();
            PDFTextStripper glyphs = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    drawn.append(text.getUnicode());
                }
            };
            glyphs.getText(doc);
            assertTrue(drawn.toString().contains("\ufe96\ufef4\ufe91"), drawn.toString());
        }
    }

    @Test
    void aHebrewNoteReadsBackInItsOwnOrderFromThePdf() throws IOException {
        HandoutContent content = new HandoutContents(ATLAS).forMuscle("temporalis", Side.LEFT, "Note: " + SHALOM);
        try (PDDocument doc = new HandoutBuilder(ATLAS).build(content)) {
            String text = HandoutBuilderTest.text(doc);
            // PDFBox's text extraction turns visual order back into logical order; an unreordered
            // line would come back reversed.
            assertTrue(text.contains(SHALOM), text);
        }
    }

    @Test
    @Timeout(60)    // a hang guard: this took over two minutes when long words were broken quadratically
    void anEightThousandLetterWordIsBrokenAcrossLinesAndKept() throws IOException {
        String word = "x".repeat(8000);
        HandoutContent content = new HandoutContents(ATLAS).forMuscle("temporalis", Side.LEFT, word);
        try (PDDocument doc = new HandoutBuilder(ATLAS).build(content)) {
            assertEquals(1, doc.getNumberOfPages());
            String text = HandoutBuilderTest.text(doc);
            assertTrue(text.contains("xxxxxxxxxxxxxxxxxxxx"), "the word is printed, broken between letters");
        }
    }
}
