package org.vanban.entity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What an entity is. */
public enum EntityKind {
    PERSON("person"),
    ORGANIZATION("organization"),
    LOCATION("location"),
    ROLE("role");

    private final String json;

    EntityKind(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }

    @JsonCreator
    public static EntityKind fromJson(String value) {
        for (EntityKind k : values()) {
            if (k.json.equals(value)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown entity kind: " + value);
    }
}
