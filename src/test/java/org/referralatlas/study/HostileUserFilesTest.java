package org.referralatlas.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Progress and deck files that are not what they should be: each ends in a message, never a hang or a loss. */
class HostileUserFilesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static Progress sample() {
        return Progress.empty().record(new Card(QuizKind.MARK_ZONES, "temporalis"), Score.of(0.9), new Scheduler(CLOCK));
    }

    @Test
    @Timeout(20)
    void aPipeInPlaceOfProgressIsSetAsideWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("progress.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mkfifo.waitFor());
        ProgressStore.LoadResult loaded = new ProgressStore(dir, CLOCK).load();
        assertEquals(Progress.empty(), loaded.progress());
        assertTrue(loaded.message().orElseThrow().contains("not a regular file"), loaded.message().get());
        assertTrue(Files.notExists(fifo), "the pipe was moved aside");
    }

    @Test
    void anOversizedSparseProgressFileIsSetAsideUnread() throws IOException {
        Path big = dir.resolve("progress.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(3L * 1024 * 1024 * 1024);      // 3 GB of holes: no disk used, no memory if unread
        }
        ProgressStore.LoadResult loaded = new ProgressStore(dir, CLOCK).load();
        assertEquals(Progress.empty(), loaded.progress());
        assertTrue(loaded.message().orElseThrow().contains("more than the limit"), loaded.message().get());
    }

    @Test
    void savingThroughASymlinkKeepsTheLinkAndPermissions() throws IOException {
        Path real = Files.createDirectories(dir.resolve("sync")).resolve("my-progress.json");
        Files.writeString(real, "{\"version\": 1, \"cards\": {}}");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-rw----"));
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.createSymbolicLink(data.resolve("progress.json"), real);
        ProgressStore store = new ProgressStore(data, CLOCK);
        store.load();
        store.save(sample());
        assertTrue(Files.isSymbolicLink(data.resolve("progress.json")), "the link is kept");
        assertEquals(sample(), new ProgressStore(data, CLOCK).load().progress());
        assertEquals(PosixFilePermissions.fromString("rw-rw----"), Files.getPosixFilePermissions(real));
    }

    @Test
    void aSecondRunningCopyCannotSilentlyOverwriteTheFirstsSave() throws IOException {
        ProgressStore first = new ProgressStore(dir, CLOCK);
        ProgressStore second = new ProgressStore(dir, CLOCK);
        first.load();
        second.load();
        first.save(sample());
        IOException e = assertThrows(IOException.class, () -> second.save(Progress.empty()));
        assertTrue(e.getMessage().contains("changed by another copy"), e.getMessage());
        assertEquals(sample(), new ProgressStore(dir, CLOCK).load().progress(), "the first copy's save survives");
        first.save(Progress.empty());   // the first copy keeps saving normally
    }

    @Test
    void overlongUtf8IsNotTakenForASlash() throws IOException {
        byte[] bytes = "{\"version\": 1, \"cards\": {\"a?b\": null}}".getBytes();
        byte[] hostile = new byte[bytes.length + 1];
        int q = new String(bytes).indexOf('?');
        System.arraycopy(bytes, 0, hostile, 0, q);
        hostile[q] = (byte) 0xC0;
        hostile[q + 1] = (byte) 0xAF;
        System.arraycopy(bytes, q + 1, hostile, q + 2, bytes.length - q - 1);
        Files.write(dir.resolve("progress.json"), hostile);
        ProgressStore.LoadResult loaded = new ProgressStore(dir, CLOCK).load();
        assertTrue(loaded.message().orElseThrow().contains("not UTF-8"), loaded.message().get());
    }
}
