package org.referralatlas.data;

import org.referralatlas.io.PlainText;

/**
 * One problem found in an atlas, located in its file.
 *
 * @param file   path of the file relative to the atlas directory
 * @param line   1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param path   JSON path of the value at fault, e.g. {@code $.muscles[0].name}; empty for file-level problems
 */
public record AtlasProblem(String file, int line, int column, String path, String message) {

    /**
     * {@code file:line:column: path: message}, the form editors and CI logs recognise; always one
     * line: control characters quoted from the atlas are shown escaped ({@code \n}, {@code \u001b}).
     */
    public String format() {
        StringBuilder sb = new StringBuilder(PlainText.escape(file)).append(':').append(line).append(':')
                .append(column).append(": ");
        if (!path.isEmpty()) {
            sb.append(PlainText.escape(path)).append(": ");
        }
        return sb.append(PlainText.escape(message)).toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
