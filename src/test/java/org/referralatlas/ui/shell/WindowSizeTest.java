package org.referralatlas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WindowSizeTest {
    @Test
    void absurdSavedSizesBecomeSizesThatFitTheScreen() {
        assertEquals(1920, WindowSize.clamp(1e9, 1280, 900, 1920));
        assertEquals(1280, WindowSize.clamp(Double.POSITIVE_INFINITY, 1280, 900, 1920));
        assertEquals(1280, WindowSize.clamp(Double.NaN, 1280, 900, 1920));
        assertEquals(1280, WindowSize.clamp(-5, 1280, 900, 1920));
        assertEquals(900, WindowSize.clamp(10, 1280, 900, 1920), "never below the minimum");
        assertEquals(1500, WindowSize.clamp(1500, 1280, 900, 1920), "a sane size is kept");
        assertEquals(1280, WindowSize.clamp(1e9, 1280, 900, Double.NaN), "a broken screen size falls back");
    }
}
