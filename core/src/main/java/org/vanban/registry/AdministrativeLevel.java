package org.vanban.registry;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The tiers of local government: province level (tỉnh, thành phố trực thuộc trung ương) and district level. */
public enum AdministrativeLevel {
    PROVINCE("province"),
    DISTRICT("district");

    private final String label;

    AdministrativeLevel(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    @JsonCreator
    public static AdministrativeLevel fromLabel(String text) {
        for (AdministrativeLevel l : values()) {
            if (l.label.equalsIgnoreCase(text.strip())) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown level \"" + text + "\"");
    }
}
