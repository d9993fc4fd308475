package org.referralatlas.study;

/** A choice offered to the student: an atlas id and the text to show for it. */
public record Option(String id, String label) {
}
