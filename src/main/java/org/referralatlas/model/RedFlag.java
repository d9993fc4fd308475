package org.referralatlas.model;

import java.util.List;

/** A warning sign that means: stop and refer to a physician. {@code regions} says where it matters. */
public record RedFlag(String id, String title, String description, String action, List<String> regions,
                      List<SourceRef> sources) {
    public RedFlag {
        regions = List.copyOf(regions);
        sources = List.copyOf(sources);
    }
}
