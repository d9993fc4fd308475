package org.referralatlas.ui.bodymap;

import java.util.LinkedHashSet;
import java.util.Set;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.PainRegion;
import org.referralatlas.model.TriggerPoint;
import org.referralatlas.model.ZoneKind;

/** A muscle's referral pattern in one sentence, for a screen reader: where it refers pain, essential and spillover. */
final class PatternDescription {
    private PatternDescription() {
    }

    static String of(Atlas atlas, Muscle muscle) {
        Set<String> essential = regions(atlas, muscle, ZoneKind.ESSENTIAL);
        Set<String> spillover = regions(atlas, muscle, ZoneKind.SPILLOVER);
        spillover.removeAll(essential);
        if (essential.isEmpty() && spillover.isEmpty()) {
            return BodyMapText.get("bodymap.accessible.noPattern");
        }
        String none = BodyMapText.get("bodymap.accessible.none");
        return BodyMapText.get("bodymap.accessible.pattern",
                essential.isEmpty() ? none : String.join(", ", essential),
                spillover.isEmpty() ? none : String.join(", ", spillover));
    }

    private static Set<String> regions(Atlas atlas, Muscle muscle, ZoneKind kind) {
        Set<String> names = new LinkedHashSet<>();
        for (TriggerPoint tp : muscle.triggerPoints()) {
            tp.zones(kind).forEach(z -> z.regions().forEach(
                    id -> names.add(atlas.region(id).map(PainRegion::plainName).orElse(id))));
        }
        return names;
    }
}
