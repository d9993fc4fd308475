package org.referralatlas.model;

import java.util.List;
import java.util.Map;

/**
 * A numbered trigger point with its position per view (on the patient's right), its referral
 * pattern, the sources of that pattern and the satellite trigger points it tends to induce.
 */
public record TriggerPoint(String id, int number, String label, String location,
                           Map<String, Point> positions, List<ReferralZone> zones,
                           List<SourceRef> sources, List<TriggerPointRef> satellites) {
    public TriggerPoint {
        positions = Map.copyOf(positions);
        zones = List.copyOf(zones);
        sources = List.copyOf(sources);
        satellites = List.copyOf(satellites);
    }

    public List<ReferralZone> zones(ZoneKind kind) {
        return zones.stream().filter(z -> z.kind() == kind).toList();
    }
}
