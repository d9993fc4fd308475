package org.referralatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.IIOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {
    @TempDir
    Path dir;

    @Test
    void devicesAndFoldersAreRefusedBeforeAnythingIsOpened() {
        // Only checked, never opened: the check reads the file's type.
        IOException device = assertThrows(OutputFiles.RefusedException.class,
                () -> OutputFiles.checkWritable(Path.of("/dev/null")));
        assertTrue(device.getMessage().contains("is a device or a pipe"), device.getMessage());
        assertThrows(OutputFiles.RefusedException.class, () -> OutputFiles.checkWritable(dir));
        assertThrows(OutputFiles.RefusedException.class, () -> OutputFiles.checkWritable(dir.resolve("no/x.png")));
    }

    @Test
    void aLinkIsResolvedToItsTargetAndADanglingLinkRefused() throws IOException {
        Path real = Files.writeString(dir.resolve("real.txt"), "x");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real);
        assertEquals(real.toRealPath(), OutputFiles.checkWritable(link));
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("gone.txt"));
        assertThrows(OutputFiles.RefusedException.class, () -> OutputFiles.checkWritable(dangling));
    }

    @Test
    void aLinkAndItsTargetCountAsTheSameOutput() throws IOException {
        Path real = Files.writeString(dir.resolve("real.txt"), "x");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real);
        IOException e = assertThrows(OutputFiles.RefusedException.class,
                () -> OutputFiles.check(List.of(real, link), null));
        assertTrue(e.getMessage().contains("is the same file as"), e.getMessage());
    }

    @Test
    void aFullDiskIsReportedAsSuchEvenInsideAnImageWriterError() {
        IOException png = new IIOException("I/O error writing PNG file!", new IOException("No space left on device"));
        assertEquals("the disk is full", OutputFiles.plainly(png).getMessage());
        assertEquals("the disk quota is used up",
                OutputFiles.plainly(new IOException("Disk quota exceeded")).getMessage());
    }

    @Test
    void atomicWritesThroughALinkKeepTheLink() throws IOException {
        Path real = Files.writeString(dir.resolve("real.txt"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real);
        AtomicFiles.write(link, "new".getBytes());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(real));
    }

    @Test
    void onlyTemporaryFilesOfOurOwnFormAreOurs() {
        Path target = dir.resolve("progress.json");
        assertTrue(AtomicFiles.isTempOf(dir.resolve("progress.json.ra-0123456789abcdef.tmp"), target));
        for (String users : new String[] {"progress.json.777.tmp", "progress.json.backup.tmp",
            "progress.json.ra-xyz.tmp", "progress.json.ra-0123456789abcdef.tmp.old"}) {
            assertEquals(false, AtomicFiles.isTempOf(dir.resolve(users), target), users);
        }
    }
}
