package org.referralatlas.model;

/** Points at one trigger point of one muscle. */
public record TriggerPointRef(String muscle, String triggerPoint) {
}
