package org.referralatlas.model;

/** A technique applied to a particular muscle, with notes specific to that muscle. */
public record TechniqueUse(String technique, String notes) {
}
