package org.referralatlas.study;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file so that readers see either the old content or the new, never a mix: the content
 * is written to a temporary file in the same directory (a rename is only atomic within one file
 * system), forced to disk, then moved over the target with {@link StandardCopyOption#ATOMIC_MOVE}.
 * If anything fails before the move, the target is untouched and the temporary file is deleted.
 */
public final class AtomicFiles {
    /** Temporary files are named {@code <target>.<random>.tmp}; a crash can leave one behind. */
    public static final String TEMP_SUFFIX = ".tmp";

    /** Writes the content to an output stream; may fail half-way. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, target.getFileName().toString() + ".", TEMP_SUFFIX);
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                // Writers such as Jackson close their target; the channel must stay open to be forced.
                OutputStream out = new FilterOutputStream(Channels.newOutputStream(channel)) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        this.out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                };
                content.writeTo(out);
                out.flush();
                // Without this, a power cut after the rename can leave an empty file on some file systems.
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("cannot replace " + target + " atomically on this file system", e);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** True for a temporary file left by {@link #write} for this target. */
    public static boolean isTempOf(Path candidate, Path target) {
        String name = candidate.getFileName().toString();
        return name.startsWith(target.getFileName() + ".") && name.endsWith(TEMP_SUFFIX);
    }
}
