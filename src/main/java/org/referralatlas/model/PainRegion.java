package org.referralatlas.model;

import java.util.List;
import java.util.Map;

/**
 * An area where a patient feels pain, e.g. the temple. Shapes are SVG path data per view id,
 * authored on the patient's right for bilateral regions. {@code formerIds} are ids this region had
 * (or took over) in earlier atlases, so saved study progress, decks and lookups that name them still
 * find it (e.g. {@code elbow-forearm}, split into the elbow, forearm, wrist, hand and finger regions).
 */
public record PainRegion(String id, String name, List<String> synonyms, Laterality laterality,
                         String area, Map<String, List<String>> shapes, List<String> formerIds) {
    /** The clinical term in brackets at the end of a name; compiled once (the figure asks at every click). */
    private static final java.util.regex.Pattern BRACKETED_END = java.util.regex.Pattern.compile("\\s*\\([^)]*\\)\\s*$");

    public PainRegion {
        synonyms = List.copyOf(synonyms);
        shapes = Map.copyOf(shapes);
        formerIds = formerIds == null ? List.of() : List.copyOf(formerIds);
    }

    public PainRegion(String id, String name, List<String> synonyms, Laterality laterality, String area,
                      Map<String, List<String>> shapes) {
        this(id, name, synonyms, laterality, area, shapes, List.of());
    }

    /**
     * The name for patients: without the clinical term in brackets ("Back of the head (occiput)"
     * becomes "Back of the head"); names without one are already plain.
     */
    public String plainName() {
        String plain = BRACKETED_END.matcher(name).replaceFirst("");
        return plain.isBlank() ? name : plain;
    }

    public List<String> shapesIn(String viewId) {
        return shapes.getOrDefault(viewId, List.of());
    }
}
