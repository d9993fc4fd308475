package org.referralatlas.query;

import java.util.List;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.TechniqueUse;

/** Symptom to muscles and technique to muscles. */
public final class Lookups {
    private final Atlas atlas;

    public Lookups(Atlas atlas) {
        this.atlas = atlas;
    }

    /** Muscles that list the symptom, in atlas order. */
    public List<Muscle> musclesWithSymptom(String symptomId) {
        return atlas.muscles().stream().filter(m -> m.symptoms().contains(symptomId)).toList();
    }

    /** A muscle that a technique serves, with the muscle-specific notes (may be null). */
    public record MuscleUse(Muscle muscle, String notes) {
    }

    /** Muscles a technique serves, in atlas order. */
    public List<MuscleUse> musclesForTechnique(String techniqueId) {
        return atlas.muscles().stream()
                .flatMap(m -> m.techniques().stream()
                        .filter(t -> t.technique().equals(techniqueId))
                        .map(TechniqueUse::notes)
                        .limit(1)
                        .map(notes -> new MuscleUse(m, notes)))
                .toList();
    }
}
