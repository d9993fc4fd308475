package org.referralatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
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
    void withoutADisplayTheWindowIsNotTriedAndOneLineSaysWhy() {
        assertNull(Launcher.displayProblem(Map.of("DISPLAY", ":0"), "Linux", null));
        assertNull(Launcher.displayProblem(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", null));
        assertNull(Launcher.displayProblem(Map.of(), "Linux", "Monocle"));
        assertNull(Launcher.displayProblem(Map.of(), "Mac OS X", null));
        assertTrue(Launcher.displayProblem(Map.of("DISPLAY", ""), "Linux", null).contains("no display"));
    }

    @Test
    void startingTheWindowWithoutADisplayPrintsOneLineNotAStackTrace() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName()).redirectErrorStream(true);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes()).strip();
        assertEquals(1, p.waitFor(), output);
        assertEquals(1, output.lines().count(), output);
        assertTrue(output.startsWith("referral-atlas: no display"), output);
    }

    @Test
    void aSavedLessonOrDrawingOpensTheApp() {
        assertFalse(Launcher.isCliInvocation(new String[] {"/home/me/neck.lesson.json"}));
        assertFalse(Launcher.isCliInvocation(new String[] {"pain-drawing-2026-12-03.pain.json"}));
        assertTrue(Launcher.isCliInvocation(new String[] {"rank-drawing", "a.pain.json"}));
        assertTrue(Launcher.isCliInvocation(new String[] {"drawing.json"}));
    }
}
