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
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * The one way user data is written (progress, decks, drawings, lessons, handouts, figures): readers
 * see either the old content or the new, never a half-written file. The content goes to a temporary
 * file in the target's own folder (same file system, so the rename can be atomic), is forced to disk,
 * then replaces the target in one rename, and the folder is forced to disk too where the platform
 * allows, so that a power cut cannot roll the rename back. If writing fails or is interrupted, the
 * temporary file is removed and the previous file is left as it was.
 *
 * <ul>
 *   <li>A symbolic link is written through: its final target is replaced and the link stays.
 *   A link to nothing is refused.</li>
 *   <li>Devices, pipes and folders are refused ({@link OutputFiles#checkWritable}).</li>
 *   <li>A folder that cannot rename atomically (some network mounts) is a clear failure, never a
 *   silent non-atomic replace.</li>
 *   <li>A replaced file keeps its permissions, and its owner and group where we may set them.</li>
 *   <li>Temporary files are named {@code <target>.ra-<16 hex digits>.tmp}; only names of exactly
 *   that form are ever treated as ours ({@link #isTempOf}).</li>
 * </ul>
 */
public final class AtomicFiles {
    /** Temporary files are named {@code <target>.ra-<16 hex digits>.tmp}; a crash can leave one behind. */
    public static final String TEMP_SUFFIX = ".tmp";
    private static final String TEMP_MARKER = ".ra-";
    private static final Pattern TEMP_TAIL = Pattern.compile("\\.ra-[0-9a-f]{16}\\.tmp");

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
     * @throws IOException when the content cannot be written; the target is then unchanged. The
     *                     message is one sentence for the user ("the disk is full", "is a device ...").
     */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = OutputFiles.checkWritable(target);
        Path dir = absolute.getParent();
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
            } catch (IOException e) {
                throw OutputFiles.plainly(e);
            }
            keepOwnership(absolute, temp);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the folder " + dir + " cannot replace files atomically, so " + absolute
                        .getFileName() + " was not written (a half-written file could lose data); save elsewhere");
            }
            moved = true;
            forceFolder(dir);
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

    /** True only for a temporary file that {@link #write} itself names for this target. */
    public static boolean isTempOf(Path candidate, Path target) {
        String name = candidate.getFileName().toString();
        String base = target.getFileName().toString();
        return name.startsWith(base) && TEMP_TAIL.matcher(name.substring(base.length())).matches();
    }

    /**
     * A new empty file beside the target. Not {@code Files.createTempFile}: that makes the file readable
     * by its owner only, and the rename would hand those permissions to the user's document.
     */
    private static Path createTemp(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve(name + TEMP_MARKER + String.format("%016x", RANDOM.nextLong()) + TEMP_SUFFIX);
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            } catch (IOException e) {
                throw OutputFiles.plainly(e);
            }
        }
    }

    /** Replacing a file keeps its permissions, owner and group, as saving over a document does in any editor. */
    private static void keepOwnership(Path target, Path temp) {
        try {
            if (!Files.exists(target)) {
                return;
            }
            PosixFileAttributes old = Files.readAttributes(target, PosixFileAttributes.class);
            PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
            try {
                if (!old.group().equals(Files.readAttributes(temp, PosixFileAttributes.class).group())) {
                    view.setGroup(old.group());
                }
                if (!old.owner().equals(Files.getOwner(temp))) {
                    view.setOwner(old.owner());
                }
            } catch (IOException e) {
                // Only root may give a file away; the permissions below still apply.
            }
            view.setPermissions(old.permissions());
        } catch (IOException | UnsupportedOperationException e) {
            // Not a POSIX file system, or not ours to read: the new file keeps the default attributes.
        }
    }

    /** Makes the rename itself durable. Linux and macOS allow syncing a folder; Windows does not. */
    private static void forceFolder(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The platform cannot sync a folder; the file itself was forced before the rename.
        }
    }
}
