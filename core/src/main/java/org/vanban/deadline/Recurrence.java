package org.vanban.deadline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How often a recurring deadline comes round. */
public enum Recurrence {
    MONTHLY("monthly"),
    QUARTERLY("quarterly"),
    HALF_YEARLY("half-yearly"),
    YEARLY("yearly");

    private final String json;

    Recurrence(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }

    @JsonCreator
    public static Recurrence fromJson(String value) {
        for (Recurrence r : values()) {
            if (r.json.equals(value)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown recurrence: " + value);
    }
}
