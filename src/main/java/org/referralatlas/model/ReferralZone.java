package org.referralatlas.model;

import java.util.List;
import java.util.Map;

/**
 * One zone of a referral pattern: the regions it covers and its own shapes per view
 * (authored on the same side as the trigger point, i.e. the patient's right).
 */
public record ReferralZone(ZoneKind kind, List<String> regions, Map<String, List<String>> shapes,
                           String description) {
    public ReferralZone {
        regions = List.copyOf(regions);
        shapes = Map.copyOf(shapes);
    }

    public List<String> shapesIn(String viewId) {
        return shapes.getOrDefault(viewId, List.of());
    }
}
