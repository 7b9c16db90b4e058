package org.vanban.check;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How much a finding matters, from {@link #INFO} to {@link #ERROR}. */
public enum Severity {
    INFO,
    WARNING,
    ERROR;

    /** One step lower (an unverified fact, a weak match); {@link #INFO} stays. */
    public Severity lower() {
        return this == ERROR ? WARNING : INFO;
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity fromLabel(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
}
