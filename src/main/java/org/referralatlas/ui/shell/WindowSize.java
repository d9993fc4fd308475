package org.referralatlas.ui.shell;

/**
 * A saved window size made safe before use: preferences are a file the user (or a crash) can
 * corrupt, and a width of 1e9, Infinity or NaN once kept the window from ever appearing (3.6 GB
 * of texture) - and, being re-saved only on close, for good. Applied when the size is read, not
 * only when it is saved.
 */
final class WindowSize {
    private WindowSize() {
    }

    /**
     * @param saved    the stored size (any double)
     * @param fallback the size when nothing usable is stored
     * @param min      the window's minimum size
     * @param screen   the screen's usable size in that direction
     * @return a finite size between {@code min} and {@code screen} (or {@code min} on a smaller screen)
     */
    static double clamp(double saved, double fallback, double min, double screen) {
        double size = Double.isFinite(saved) && saved > 0 ? saved : fallback;
        double max = Double.isFinite(screen) && screen > 0 ? screen : fallback;
        return Math.max(min, Math.min(size, max));
    }
}
