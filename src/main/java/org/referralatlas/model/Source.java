package org.referralatlas.model;

/** A bibliography entry of the atlas manifest. {@code doi}, {@code pmid} and {@code url} may be null. */
public record Source(String id, String citation, String doi, String pmid, String url) {
}
