package org.referralatlas.stray;

/** A class in a package that no layer declares: the layering denies it by default (ArchitectureTest). */
public final class StrayFixture {
    private StrayFixture() {
    }
}
