package org.referralatlas.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class ErrorTextTest {
    @Test
    void theFirstLineOfTheMessage() {
        assertEquals("disk full", ErrorText.oneLine(new IOException("disk full\n\tat somewhere")));
    }

    @Test
    void aWrapperThatOnlyRepeatsItsCauseGivesTheCausesMessage() {
        IOException cause = new IOException("permission denied: /x/lesson.json");
        assertEquals("permission denied: /x/lesson.json", ErrorText.oneLine(new UncheckedIOException(cause)));
        assertEquals("permission denied: /x/lesson.json", ErrorText.oneLine(new RuntimeException(cause)));
    }

    @Test
    void noMessageAnywhereGivesTheClassName() {
        assertEquals("NullPointerException", ErrorText.oneLine(new NullPointerException()));
    }

    @Test
    void aLongMessageIsCut() {
        String line = ErrorText.oneLine(new IllegalStateException("x".repeat(500)));
        assertEquals(ErrorText.MAX, line.length());
        assertTrue(line.endsWith("\u2026"));
    }

    @Test
    void typedTextIsQuotedAndCutWithoutSplittingACharacter() {
        assertEquals("\"temple\"", ErrorText.quoted("temple"));
        String quoted = ErrorText.quoted("y".repeat(200));
        assertEquals(ErrorText.MAX_QUOTED + 2, quoted.length());
        assertTrue(quoted.endsWith("\u2026\""), quoted);
        // An emoji (two chars) straddling the cut is dropped whole, not halved.
        String emoji = "a".repeat(ErrorText.MAX_QUOTED - 2) + "\ud83d\ude00" + "b".repeat(10);
        String cut = ErrorText.cut(emoji, ErrorText.MAX_QUOTED);
        assertEquals("a".repeat(ErrorText.MAX_QUOTED - 2) + "\u2026", cut);
    }
}
