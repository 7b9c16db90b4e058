package org.vanban.assign;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The part an actor plays in an assignment. */
public enum AssignmentRole {
    /** Named as responsible: "Giao X …", "X chủ trì …", "X chịu trách nhiệm …". */
    LEAD("lead"),
    /** Named as helping: "phối hợp với Y". */
    SUPPORT("support");

    private final String json;

    AssignmentRole(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }

    @JsonCreator
    public static AssignmentRole fromJson(String value) {
        for (AssignmentRole r : values()) {
            if (r.json.equals(value)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown assignment role: " + value);
    }
}
