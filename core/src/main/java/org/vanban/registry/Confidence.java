package org.vanban.registry;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How well a registry fact is supported: {@code sourced} when a cited source states it, {@code unverified} when no
 * source was seen to state it (it may still be true). Findings that stand on an unverified fact are one severity
 * lower and say so.
 */
public enum Confidence {
    SOURCED("sourced"),
    UNVERIFIED("unverified");

    private final String label;

    Confidence(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    @JsonCreator
    public static Confidence fromLabel(String text) {
        for (Confidence c : values()) {
            if (c.label.equalsIgnoreCase(text.strip())) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown confidence \"" + text + "\"");
    }

    /** The weaker of two confidences. */
    public Confidence and(Confidence other) {
        return this == UNVERIFIED || other == UNVERIFIED ? UNVERIFIED : SOURCED;
    }
}
