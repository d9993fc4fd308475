package org.referralatlas.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * The one way user data is written (progress, decks, drawings, lessons, handouts, figures): readers
 * see either the old content or the new, never a half-written file. The content goes to a temporary
 * file in the target's own folder (same file system, so the rename can be atomic), is forced to disk,
 * then replaces the target in one rename. If writing fails or is interrupted, the temporary file is
 * removed and the previous file is left as it was.
 */
public final class AtomicFiles {
    /** Temporary files are named {@code <target>.<random>.tmp}; a crash can leave one behind. */
    public static final String TEMP_SUFFIX = ".tmp";

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    /** Produces the content on a stream; it may close the stream (Jackson does), and may fail half-way. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Atomically replaces (or creates) {@code target}; its folder must exist.
     *
     * @throws IOException when the content cannot be written; the target is then unchanged
     */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("folder not found: " + dir);
        }
        if (Files.isDirectory(absolute)) {
            throw new IOException("is a folder: " + target);
        }
        Path temp = createTemp(dir, absolute.getFileName().toString());
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                // The channel must outlive a writer that closes its stream, so that it can be forced.
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
                // Without this a power cut after the rename can leave an empty file under the old name.
                channel.force(true);
            }
            keepPermissions(absolute, temp);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // Some network mounts cannot rename atomically; replacing is the best left.
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Atomically replaces (or creates) {@code target} with the bytes. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** True for a temporary file left by {@link #write} for this target. */
    public static boolean isTempOf(Path candidate, Path target) {
        String name = candidate.getFileName().toString();
        return name.startsWith(target.getFileName() + ".") && name.endsWith(TEMP_SUFFIX);
    }

    /**
     * A new empty file beside the target. Not {@code Files.createTempFile}: that makes the file readable
     * by its owner only, and the rename would hand those permissions to the user's document.
     */
    private static Path createTemp(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve(name + "." + Long.toHexString(RANDOM.nextLong()) + TEMP_SUFFIX);
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    /** Replacing a file keeps its permissions, as saving over a document does in any editor. */
    private static void keepPermissions(Path target, Path temp) {
        try {
            if (Files.exists(target)) {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Not a POSIX file system, or not ours to read: the new file keeps the default permissions.
        }
    }
}
