package org.referralatlas.data;

/** One item of a file with its JSON Pointer, so that problems can point at it. */
record Located<T>(Parsed<?> file, String pointer, T item) {
    AtlasProblem problem(String subPointer, String message) {
        return file.problem(pointer + subPointer, message);
    }
}
