package org.referralatlas.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The one way a file from the user's disk is read (atlas files, progress, decks, drawings, lessons):
 * only a regular file (links are followed), only up to a size limit. The type is checked before the
 * file is opened, so a pipe ({@code mkfifo}) or a device ({@code /dev/zero}) is refused at once
 * instead of blocking or filling memory; the size is checked before reading and again while reading,
 * for a file that grows. Callers on the JavaFX thread must not use it: any disk read can stall.
 */
public final class BoundedFiles {
    private BoundedFiles() {
    }

    /** A file refused or unreadable; the message is one sentence for the user, naming the file as given. */
    public static final class UnreadableException extends IOException {
        private final Why why;

        UnreadableException(String message, Why why) {
            super(message);
            this.why = why;
        }

        public Why why() {
            return why;
        }

        /** True when there is no such file (callers often treat that as "start empty"). */
        public boolean missing() {
            return why == Why.MISSING;
        }
    }

    /** Why a file was not read. */
    public enum Why {
        /** No such file. */
        MISSING,
        /** A folder. */
        FOLDER,
        /** A device, pipe or socket. */
        NOT_A_FILE,
        /** Over the size limit. */
        TOO_LARGE,
        /** Permissions or an input/output error: the file may be fine and must be left alone. */
        UNREADABLE
    }

    /**
     * Reads the whole file.
     *
     * @param file     the file
     * @param name     how messages name it (e.g. a path relative to the atlas folder)
     * @param maxBytes larger files are refused
     * @throws UnreadableException when the file is missing, not a regular file, too large or unreadable
     */
    public static byte[] read(Path file, String name, long maxBytes) throws UnreadableException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new UnreadableException("file not found: " + name, Why.MISSING);
        } catch (IOException e) {
            throw new UnreadableException("cannot read " + name + ": " + reason(e), Why.UNREADABLE);
        }
        if (attributes.isDirectory()) {
            throw new UnreadableException("\"" + name + "\" is a folder, not a file", Why.FOLDER);
        }
        if (!attributes.isRegularFile()) {
            throw new UnreadableException("\"" + name + "\" is not a regular file (a device or a pipe)", Why.NOT_A_FILE);
        }
        if (attributes.size() > maxBytes) {
            throw new UnreadableException("file \"" + name + "\" is " + attributes.size()
                    + " bytes, more than the limit of " + maxBytes + " bytes", Why.TOO_LARGE);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new UnreadableException("file \"" + name + "\" is larger than the limit of " + maxBytes
                        + " bytes", Why.TOO_LARGE);
            }
            return bytes;
        } catch (UnreadableException e) {
            throw e;
        } catch (IOException e) {
            throw new UnreadableException("cannot read " + name + ": " + reason(e), Why.UNREADABLE);
        }
    }

    /** Why a file could not be read, in words: the system's reason without Java class names. */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "not found";
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return "input/output error";
        }
        // FileSystemException puts the file name first ("/a/b: Input/output error"); keep the reason.
        int colon = message.lastIndexOf(": ");
        return colon >= 0 ? message.substring(colon + 2) : message;
    }
}
