package org.referralatlas.model;

import java.util.List;
import java.util.Map;

/**
 * A numbered trigger point with its position per view (on the patient's right), its referral
 * pattern, the sources of that pattern, the satellite trigger points it tends to induce and the
 * {@code siteRegions}: pain regions the trigger point itself lies in (local pain and tenderness where
 * it is, such as the armpit for the trigger points of the axillary folds), which are not referral.
 */
public record TriggerPoint(String id, int number, String label, String location,
                           Map<String, Point> positions, List<ReferralZone> zones,
                           List<SourceRef> sources, List<TriggerPointRef> satellites, List<String> siteRegions) {
    public TriggerPoint {
        positions = Map.copyOf(positions);
        zones = List.copyOf(zones);
        sources = List.copyOf(sources);
        satellites = List.copyOf(satellites);
        siteRegions = List.copyOf(siteRegions);
    }

    /** A trigger point without site regions (all but the few that lie in a region patients point to). */
    public TriggerPoint(String id, int number, String label, String location, Map<String, Point> positions,
                        List<ReferralZone> zones, List<SourceRef> sources, List<TriggerPointRef> satellites) {
        this(id, number, label, location, positions, zones, sources, satellites, List.of());
    }

    public List<ReferralZone> zones(ZoneKind kind) {
        return zones.stream().filter(z -> z.kind() == kind).toList();
    }
}
