package org.referralatlas.data;

/** A file read and mapped to its DTO, with its locations kept for reporting problems. */
record Parsed<T>(LocatedJson json, T dto) {

    AtlasProblem problem(String pointer, String message) {
        return json.problem(pointer, message);
    }
}
