package org.referralatlas.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.export.Paper;
import org.referralatlas.export.PlateBookBuilder;
import org.referralatlas.export.PlateSelection;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.Side;

/**
 * The plate book of the bundled atlas: how long it takes to build and save (first build in a fresh JVM, then
 * warm builds; wall clock and the building thread's CPU time), how large the PDF is, and the peak heap. A measurement, not a test; run with the test class
 * path (README, Benchmarks): {@code java -cp <test class path> org.referralatlas.bench.PlateBookBench [builds]}.
 */
public final class PlateBookBench {
    private PlateBookBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        int builds = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        long t0 = System.nanoTime();
        Atlas atlas = new AtlasLoader().loadBundled().atlas();
        System.out.printf("atlas load (cold): %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        List<Muscle> muscles = PlateSelection.all(atlas);
        for (int i = 0; i < builds; i++) {
            long start = System.nanoTime();
            long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            PlateBookBuilder builder = new PlateBookBuilder(atlas, Paper.A4, Side.RIGHT);
            // Written as the app and the CLI write it (to a file, atomically), not into memory.
            Path pdf = Files.createTempFile("plate-book-bench", ".pdf");
            int[] pages = new int[1];
            builder.write(muscles, pdf, (done, total) -> {
                pages[0] = total;
                return true;
            });
            // CPU time of the building thread too: on a shared machine the wall clock mostly measures the others.
            System.out.printf("build %d (%s): %d ms wall, %d ms CPU, %d plates, %.1f MB%n", i + 1,
                    i == 0 ? "cold" : "warm", (System.nanoTime() - start) / 1_000_000,
                    (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1_000_000, pages[0],
                    Files.size(pdf) / 1e6);
            Files.delete(pdf);
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("peak heap: %.0f MB%n", peak / 1e6);
    }
}
