package org.vanban.registry;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How one instrument bears on another. Each type has an inverse: A replaces B exactly when B is replacedBy A. */
public enum RelationType {
    REPLACES("replaces", "thay thế", "replaces"),
    REPLACED_BY("replacedBy", "được thay thế bởi", "replaced by"),
    AMENDS("amends", "sửa đổi, bổ sung", "amends"),
    AMENDED_BY("amendedBy", "được sửa đổi, bổ sung bởi", "amended by"),
    REPEALS("repeals", "bãi bỏ", "repeals"),
    REPEALED_BY("repealedBy", "bị bãi bỏ bởi", "repealed by"),
    GUIDES("guides", "hướng dẫn", "guides"),
    GUIDED_BY("guidedBy", "được hướng dẫn bởi", "guided by");

    private final String label;
    private final String vietnamese;
    private final String english;

    RelationType(String label, String vietnamese, String english) {
        this.label = label;
        this.vietnamese = vietnamese;
        this.english = english;
    }

    @JsonValue
    public String label() {
        return label;
    }

    public String vietnamese() {
        return vietnamese;
    }

    public String english() {
        return english;
    }

    public RelationType inverse() {
        return switch (this) {
            case REPLACES -> REPLACED_BY;
            case REPLACED_BY -> REPLACES;
            case AMENDS -> AMENDED_BY;
            case AMENDED_BY -> AMENDS;
            case REPEALS -> REPEALED_BY;
            case REPEALED_BY -> REPEALS;
            case GUIDES -> GUIDED_BY;
            case GUIDED_BY -> GUIDES;
        };
    }

    /** True for the types that end (part of) the subject's force: replacedBy and repealedBy. */
    public boolean endsSubject() {
        return this == REPLACED_BY || this == REPEALED_BY;
    }

    @JsonCreator
    public static RelationType fromLabel(String text) {
        for (RelationType t : values()) {
            if (t.label.equalsIgnoreCase(text.strip())) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown relation type \"" + text + "\"");
    }
}
