package org.referralatlas.data;

import java.io.IOException;

/**
 * Where atlas files come from: a directory on disk or the atlas bundled in the jar.
 * Implementations refuse any path that would leave the atlas.
 */
public interface AtlasSource {

    /**
     * Reads one file of the atlas.
     *
     * @param relativePath a path relative to the atlas root, with forward slashes
     * @param maxBytes     files larger than this are refused
     * @throws AtlasReadException with a plain-language message when the file cannot be read
     */
    byte[] read(String relativePath, long maxBytes) throws AtlasReadException;

    /** A human-readable name of the atlas location, for messages. */
    String describe();

    /** A problem reading a file, worded for the user. */
    final class AtlasReadException extends Exception {
        public AtlasReadException(String message) {
            super(message);
        }

        public AtlasReadException(String message, IOException cause) {
            super(message, cause);
        }
    }

    /**
     * Checks the form of a relative path: no absolute paths, no drive letters, no backslashes,
     * no {@code .} or {@code ..} segments.
     *
     * @return null when the path is acceptable, otherwise why not
     */
    static String checkRelativePath(String relativePath) {
        if (relativePath == null || relativePath.isBlank()) {
            return "file path is empty";
        }
        if (org.referralatlas.io.PlainText.firstControl(relativePath) >= 0) {
            return "file path \"" + org.referralatlas.io.PlainText.escape(relativePath)
                    + "\" contains a control character";
        }
        if (relativePath.startsWith("/") || relativePath.contains("\\") || relativePath.contains(":")
                || relativePath.contains("\0")) {
            return "file path \"" + relativePath + "\" must be relative to the atlas folder, with / separators";
        }
        for (String segment : relativePath.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return "file path \"" + relativePath + "\" must stay inside the atlas folder";
            }
        }
        return null;
    }
}
