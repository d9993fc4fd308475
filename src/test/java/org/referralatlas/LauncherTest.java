package org.referralatlas;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LauncherTest {
    @Test
    void subCommandsAndHelpGoToTheCli() {
        assertTrue(Launcher.isCliInvocation(new String[] {"validate"}));
        assertTrue(Launcher.isCliInvocation(new String[] {"--atlas", "x", "lookup", "temple"}));
        assertTrue(Launcher.isCliInvocation(new String[] {"--help"}));
        assertTrue(Launcher.isCliInvocation(new String[] {"--version"}));
    }

    @Test
    void windowOptionsAloneOpenTheApp() {
        assertFalse(Launcher.isCliInvocation(new String[] {}));
        assertFalse(Launcher.isCliInvocation(new String[] {"--atlas", "some/dir"}));
        assertFalse(Launcher.isCliInvocation(new String[] {"--atlas=some/dir", "--measure-startup"}));
    }

    @Test
    void aSavedLessonOrDrawingOpensTheApp() {
        assertFalse(Launcher.isCliInvocation(new String[] {"/home/me/neck.lesson.json"}));
        assertFalse(Launcher.isCliInvocation(new String[] {"pain-drawing-2026-12-03.pain.json"}));
        assertTrue(Launcher.isCliInvocation(new String[] {"rank-drawing", "a.pain.json"}));
        assertTrue(Launcher.isCliInvocation(new String[] {"drawing.json"}));
    }
}
