package org.referralatlas.ui.bodymap;

/** What a click on the body map means. */
public enum MapMode {
    /** A click on a muscle selects it; a click elsewhere reports the pain regions under the pointer. */
    EXPLORE,
    /** Every click reports the pain regions under the pointer (the patient shows where it hurts). */
    PAIN_FINDER
}
