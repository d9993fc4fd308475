package org.referralatlas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.referralatlas.model.Atlas;

/** Asserts that two atlases hold equal parts (the model's records compare by value), each in the same order. */
final class SameAtlas {
    private SameAtlas() {
    }

    static void assertSame(Atlas expected, Atlas actual) {
        assertEquals(expected.manifest(), actual.manifest());
        assertEquals(List.copyOf(expected.views()), List.copyOf(actual.views()));
        assertEquals(List.copyOf(expected.regions()), List.copyOf(actual.regions()));
        assertEquals(List.copyOf(expected.symptoms()), List.copyOf(actual.symptoms()));
        assertEquals(List.copyOf(expected.muscles()), List.copyOf(actual.muscles()));
        assertEquals(List.copyOf(expected.techniques()), List.copyOf(actual.techniques()));
        assertEquals(expected.redFlags(), actual.redFlags());
        assertEquals(List.copyOf(expected.painGuides()), List.copyOf(actual.painGuides()));
        assertEquals(List.copyOf(expected.groups()), List.copyOf(actual.groups()));
    }
}
