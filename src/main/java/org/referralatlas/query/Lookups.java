package org.referralatlas.query;

import java.util.List;
import java.util.Locale;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.RedFlag;
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

    /**
     * Red flags a symptom search must show before any muscle: those that name the symptom (may be
     * null when nothing matched), and those with a phrase that what was typed contains, or that
     * contains what was typed (at least 4 letters, whole words), so "double vision" or "sudden hearing
     * loss" warn even where no trigger-point symptom matches. In atlas order.
     */
    public List<RedFlag> redFlagsForSymptom(String symptomId, String typed) {
        String text = normalise(typed);
        return atlas.redFlags().stream()
                .filter(f -> (symptomId != null && f.symptoms().contains(symptomId))
                        || f.phrases().stream().map(Lookups::normalise).anyMatch(p -> matches(p, text)))
                .toList();
    }

    private static boolean matches(String phrase, String text) {
        if (text.isEmpty() || phrase.isEmpty()) {
            return false;
        }
        String p = " " + phrase + " ";
        String t = " " + text + " ";
        return t.contains(p) || (text.replace(" ", "").length() >= 4 && p.contains(t));
    }

    private static String normalise(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
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
