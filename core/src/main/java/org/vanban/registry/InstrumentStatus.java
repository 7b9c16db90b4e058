package org.vanban.registry;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The validity status of an instrument, in the vocabulary of the national legal database (vbpl.vn); the JSON form
 * is the Vietnamese label.
 */
public enum InstrumentStatus {
    IN_FORCE("còn hiệu lực", "in force"),
    EXPIRED("hết hiệu lực toàn bộ", "no longer in force"),
    PARTLY_EXPIRED("hết hiệu lực một phần", "partly no longer in force"),
    SUSPENDED("ngưng hiệu lực", "suspended"),
    NOT_YET_IN_FORCE("chưa có hiệu lực", "not yet in force"),
    NO_LONGER_APPLICABLE("không còn phù hợp", "no longer applicable"),
    UNDETERMINED("chưa xác định", "undetermined");

    private final String label;
    private final String english;

    InstrumentStatus(String label, String english) {
        this.label = label;
        this.english = english;
    }

    /** The Vietnamese label, as in the registry files and on vbpl.vn. */
    @JsonValue
    public String label() {
        return label;
    }

    public String english() {
        return english;
    }

    /** The status for a label, ignoring case and surrounding spaces; also accepts the constant's name. */
    @JsonCreator
    public static InstrumentStatus fromLabel(String text) {
        String t = text.strip();
        for (InstrumentStatus s : values()) {
            if (s.label.equalsIgnoreCase(t) || s.name().equalsIgnoreCase(t)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status \"" + text + "\"");
    }
}
