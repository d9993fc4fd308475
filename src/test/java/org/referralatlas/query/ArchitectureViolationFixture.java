package org.referralatlas.query;

/** Breaks the layering on purpose, with a fully qualified name and no import: ArchitectureTest must see it. */
public final class ArchitectureViolationFixture {
    private ArchitectureViolationFixture() {
    }

    static Object colour() {
        return javafx.scene.paint.Color.RED;
    }
}
