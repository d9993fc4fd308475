package org.referralatlas.model;

/** A named anatomical point of a figure view (vertex, mastoid process, acromion ...). */
public record Landmark(String id, String name, Point at) {
}
