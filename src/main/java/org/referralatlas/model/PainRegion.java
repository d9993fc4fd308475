package org.referralatlas.model;

import java.util.List;
import java.util.Map;

/**
 * An area where a patient feels pain, e.g. the temple. Shapes are SVG path data per view id,
 * authored on the patient's right for bilateral regions.
 */
public record PainRegion(String id, String name, List<String> synonyms, Laterality laterality,
                         String area, Map<String, List<String>> shapes) {
    public PainRegion {
        synonyms = List.copyOf(synonyms);
        shapes = Map.copyOf(shapes);
    }

    /**
     * The name for patients: without the clinical term in brackets ("Back of the head (occiput)"
     * becomes "Back of the head"); names without one are already plain.
     */
    public String plainName() {
        String plain = name.replaceFirst("\\s*\\([^)]*\\)\\s*$", "");
        return plain.isBlank() ? name : plain;
    }

    public List<String> shapesIn(String viewId) {
        return shapes.getOrDefault(viewId, List.of());
    }
}
