package org.referralatlas.model;

import java.util.List;

/** Identity and bibliography of an atlas. */
public record Manifest(String id, String title, String version, String licence, String description,
                       List<Source> bibliography) {
    public Manifest {
        bibliography = List.copyOf(bibliography);
    }
}
