package org.referralatlas.model;

import java.util.List;

/**
 * A warning sign that means: stop and refer to a physician. {@code regions} says where it matters
 * (empty: everywhere); {@code symptoms} and {@code phrases} say which symptom searches must show it first.
 */
public record RedFlag(String id, String title, String description, String action, List<String> regions,
                      List<String> symptoms, List<String> phrases, List<SourceRef> sources) {
    public RedFlag {
        regions = List.copyOf(regions);
        symptoms = List.copyOf(symptoms);
        phrases = List.copyOf(phrases);
        sources = List.copyOf(sources);
    }

    public RedFlag(String id, String title, String description, String action, List<String> regions,
                   List<SourceRef> sources) {
        this(id, title, description, action, regions, List.of(), List.of(), sources);
    }
}
