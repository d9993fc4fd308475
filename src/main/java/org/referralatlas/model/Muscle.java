package org.referralatlas.model;

import java.util.List;

/** A muscle (or a division with its own pattern) and everything the atlas knows of it. */
public record Muscle(String id, String name, String latinName, List<String> abbreviations,
                     List<String> synonyms, String group, List<Attachment> origins,
                     List<Attachment> insertions, String action, String innervation,
                     List<TriggerPoint> triggerPoints, List<String> symptoms,
                     List<String> activatingFactors, List<String> perpetuatingFactors,
                     List<TechniqueUse> techniques, List<String> precautions, String patientSummary,
                     List<String> notes, List<SourceRef> sources) {
    public Muscle {
        abbreviations = List.copyOf(abbreviations);
        synonyms = List.copyOf(synonyms);
        origins = List.copyOf(origins);
        insertions = List.copyOf(insertions);
        triggerPoints = List.copyOf(triggerPoints);
        symptoms = List.copyOf(symptoms);
        activatingFactors = List.copyOf(activatingFactors);
        perpetuatingFactors = List.copyOf(perpetuatingFactors);
        techniques = List.copyOf(techniques);
        precautions = List.copyOf(precautions);
        notes = List.copyOf(notes);
        sources = List.copyOf(sources);
    }
}
