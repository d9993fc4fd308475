package org.referralatlas.data;

/**
 * One problem found in an atlas, located in its file.
 *
 * @param file   path of the file relative to the atlas directory
 * @param line   1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param path   JSON path of the value at fault, e.g. {@code $.muscles[0].name}; empty for file-level problems
 */
public record AtlasProblem(String file, int line, int column, String path, String message) {

    /** {@code file:line:column: path: message}, the form editors and CI logs recognise. */
    public String format() {
        StringBuilder sb = new StringBuilder(file).append(':').append(line).append(':').append(column).append(": ");
        if (!path.isEmpty()) {
            sb.append(path).append(": ");
        }
        return sb.append(message).toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
