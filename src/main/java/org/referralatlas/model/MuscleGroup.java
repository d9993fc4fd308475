package org.referralatlas.model;

import java.util.List;

/**
 * Muscles that the references treat as one, with one referral pattern (the four suboccipitals,
 * the three scalenes). A ranking gives a group one place and names its members.
 */
public record MuscleGroup(String id, String name, List<String> members, String note, List<SourceRef> sources) {
    public MuscleGroup {
        members = List.copyOf(members);
        sources = List.copyOf(sources);
    }
}
