package org.referralatlas.model;

/** A citation of a bibliography entry, narrowed to a chapter, pages or figure (each may be null). */
public record SourceRef(String source, String chapter, String pages, String figure, String note) {
}
