package org.referralatlas.model;

import java.util.List;

/** A treatment technique; {@code performers} says who may perform it (scope of practice). */
public record Technique(String id, String name, List<String> synonyms, TechniqueCategory category,
                        List<String> performers, List<String> steps, List<String> contraindications,
                        String plainLanguage, String evidence, List<SourceRef> sources) {
    public Technique {
        synonyms = List.copyOf(synonyms);
        performers = List.copyOf(performers);
        steps = List.copyOf(steps);
        contraindications = List.copyOf(contraindications);
        sources = List.copyOf(sources);
    }
}
