package org.referralatlas.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.Side;
import org.referralatlas.query.PainLookup;

/** Which muscles a plate book holds: all, a list, a region's (in the ranking's order) or a group's. */
public final class PlateSelection {
    private PlateSelection() {
    }

    /** Every muscle, in atlas order. */
    public static List<Muscle> all(Atlas atlas) {
        return List.copyOf(atlas.muscles());
    }

    /** The muscles with these ids, in the given order; unknown ids are skipped. */
    public static List<Muscle> byIds(Atlas atlas, Collection<String> ids) {
        List<Muscle> out = new ArrayList<>();
        for (String id : ids) {
            atlas.muscle(id).filter(m -> !out.contains(m)).ifPresent(out::add);
        }
        return out;
    }

    /** The muscles whose patterns reach the region, in the order the pain lookup ranks them. */
    public static List<Muscle> byRegion(Atlas atlas, String regionId, Side side) {
        return new PainLookup(atlas).lookUp(List.of(regionId), side).candidates().stream()
                .map(PainLookup.Candidate::muscle).toList();
    }

    /** The muscles of a group (as the atlas names it, any case), in atlas order. */
    public static List<Muscle> byGroup(Atlas atlas, String group) {
        String wanted = group.strip().toLowerCase(Locale.ROOT);
        return atlas.muscles().stream().filter(m -> m.group() != null
                && m.group().toLowerCase(Locale.ROOT).equals(wanted)).toList();
    }

    /** The groups of the atlas, each once, in atlas order. */
    public static List<String> groups(Atlas atlas) {
        return atlas.muscles().stream().map(Muscle::group).filter(g -> g != null && !g.isBlank()).distinct().toList();
    }
}
