package org.referralatlas.model;

import java.util.List;

/** An associated symptom such as dizziness or tearing. */
public record Symptom(String id, String name, List<String> synonyms) {
    public Symptom {
        synonyms = List.copyOf(synonyms);
    }
}
