package org.referralatlas.geometry;

/** A mask's set cells as horizontal runs: the few rectangles that draw a mask on screen or on paper. */
public final class MaskRuns {
    private MaskRuns() {
    }

    /** A run of set cells in one row. */
    @FunctionalInterface
    public interface RunConsumer {
        void accept(int row, int firstColumn, int lastColumn);
    }

    /** Calls the consumer once per horizontal run of set cells (row, first and last column), row by row. */
    public static void forEach(Mask mask, RunConsumer consumer) {
        int[] run = {-1, -1, -1}; // row, first column, last column
        mask.forEachCell((c, r) -> {
            if (r == run[0] && c == run[2] + 1) {
                run[2] = c;
                return;
            }
            if (run[0] >= 0) {
                consumer.accept(run[0], run[1], run[2]);
            }
            run[0] = r;
            run[1] = c;
            run[2] = c;
        });
        if (run[0] >= 0) {
            consumer.accept(run[0], run[1], run[2]);
        }
    }
}
