package org.referralatlas.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one place that decides whether a file may be written. Every command and every save goes
 * through it (via {@link AtomicFiles#write}); a command with several outputs, or one that must
 * not touch the atlas it reads, checks them all first with {@link #check}:
 * <pre>
 * List&lt;Path&gt; targets = OutputFiles.check(List.of(pdf, png), atlasFolder); // before any work
 * OutputFiles.write(targets.get(0), doc::save);                           // atomic, plain messages
 * </pre>
 * Rules:
 * <ul>
 *   <li>The folder must exist. Devices ({@code /dev/null}), pipes, sockets and folders are refused.</li>
 *   <li>A symbolic link is written <em>through</em>: its final target is replaced and the link kept.
 *   A link that leads nowhere is refused.</li>
 *   <li>An existing file inside the protected folder (the atlas in use) is never overwritten;
 *   a new file there is allowed.</li>
 *   <li>Two outputs of one command may not be the same file (also through links).</li>
 *   <li>Failures are one sentence: a full disk says "the disk is full".</li>
 * </ul>
 */
public final class OutputFiles {
    private OutputFiles() {
    }

    /** An output refused before anything was written; the message is one sentence for the user. */
    public static final class RefusedException extends IOException {
        public RefusedException(String message) {
            super(message);
        }
    }

    /**
     * Checks the outputs of one command before any is written.
     *
     * @param outputs         the files the command will write (nulls are skipped)
     * @param protectedFolder a folder whose existing files must not be overwritten, or null
     * @return the files that will really be replaced (a link's target), in the same order, nulls kept
     * @throws RefusedException naming the first output that may not be written, and why
     */
    public static List<Path> check(List<Path> outputs, Path protectedFolder) throws IOException {
        Path guarded = protectedFolder == null ? null : realOrAbsolute(protectedFolder);
        List<Path> targets = new ArrayList<>();
        for (Path out : outputs) {
            if (out == null) {
                targets.add(null);
                continue;
            }
            Path target = checkWritable(out);
            if (guarded != null && target.startsWith(guarded) && Files.exists(target)) {
                throw new RefusedException(out + " is a file of the atlas in use; not overwriting it");
            }
            int same = targets.indexOf(target);
            if (same >= 0) {
                throw new RefusedException(out + " is the same file as " + outputs.get(same)
                        + "; give each output its own name");
            }
            targets.add(target);
        }
        return targets;
    }

    /** {@link #check} for one output, then {@link AtomicFiles#write}. */
    public static void write(Path out, Path protectedFolder, AtomicFiles.Content content) throws IOException {
        AtomicFiles.write(check(List.of(out), protectedFolder).get(0), content);
    }

    /**
     * The absolute file a write to {@code target} would replace: the target itself, or the final
     * target of a symbolic link.
     *
     * @throws RefusedException for a device, pipe, socket, folder, a link to nothing, or a missing folder
     */
    public static Path checkWritable(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(absolute)) {
            if (!Files.exists(absolute)) {
                throw new RefusedException(target + " is a link to a file that does not exist; not writing "
                        + "through it");
            }
            absolute = absolute.toRealPath();
        }
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new RefusedException("the folder of " + target + " does not exist");
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(absolute, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return absolute;
        }
        if (attributes.isDirectory()) {
            throw new RefusedException(target + " is a folder; name a file to write");
        }
        if (!attributes.isRegularFile()) {
            throw new RefusedException(target + " is a device or a pipe, not a file; not writing to it");
        }
        return absolute;
    }

    /**
     * The same failure worded for the user: a full disk or quota as such, a permission problem as
     * such, and the system's own words otherwise, without Java class names.
     */
    public static IOException plainly(IOException e) {
        if (e instanceof RefusedException) {
            return e;
        }
        String all = chain(e).toLowerCase(Locale.ROOT);
        if (all.contains("no space left") || all.contains("disk full") || all.contains("not enough space")) {
            return new IOException("the disk is full", e);
        }
        if (all.contains("quota")) {
            return new IOException("the disk quota is used up", e);
        }
        if (e instanceof AccessDeniedException) {
            return new IOException("permission denied: " + ((FileSystemException) e).getFile(), e);
        }
        return e;
    }

    private static String chain(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null && sb.length() < 2000; t = t.getCause() == t ? null : t.getCause()) {
            sb.append(t.getMessage()).append('\n');
        }
        return sb.toString();
    }

    private static Path realOrAbsolute(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
