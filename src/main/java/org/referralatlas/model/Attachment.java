package org.referralatlas.model;

import java.util.List;

/** An origin or insertion in words, with the ids of the landmarks it attaches near. */
public record Attachment(String description, List<String> landmarks) {
    public Attachment {
        landmarks = List.copyOf(landmarks);
    }
}
