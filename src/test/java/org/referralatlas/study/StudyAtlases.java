package org.referralatlas.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.referralatlas.TestAtlases;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.ReferralZone;
import org.referralatlas.model.TriggerPoint;
import org.referralatlas.model.ZoneKind;

/** Atlases built from the mini atlas plus synthetic muscles, for cases four muscles cannot show. */
final class StudyAtlases {
    private StudyAtlases() {
    }

    /** A muscle like the mini's temporalis but with its own id and one essential zone over the regions. */
    static Muscle synthetic(String id, List<String> regions) {
        Muscle template = TestAtlases.mini().muscle("temporalis").orElseThrow();
        TriggerPoint tp = new TriggerPoint(id + "-tp1", 1, "", "synthetic", Map.of(),
                List.of(new ReferralZone(ZoneKind.ESSENTIAL, regions, Map.of(), "")), List.of(), List.of());
        return new Muscle(id, "Synthetic " + id, "", List.of(), List.of(), template.group(), List.of(), List.of(),
                "", "", List.of(tp), List.of(), List.of(), List.of(), List.of(), List.of(), "", List.of(), List.of());
    }

    /** The mini atlas with the extra muscles appended. */
    static Atlas miniWith(Muscle... extra) {
        Atlas mini = TestAtlases.mini();
        List<Muscle> muscles = new ArrayList<>(mini.muscles());
        muscles.addAll(List.of(extra));
        return new Atlas(mini.manifest(), List.copyOf(mini.views()), List.copyOf(mini.regions()),
                List.copyOf(mini.symptoms()), muscles, List.copyOf(mini.techniques()), mini.redFlags());
    }
}
