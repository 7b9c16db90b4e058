package org.vanban.registry;

/**
 * Two sources disagree about one fact. The later source's value is the one the registry uses.
 *
 * @param key           the instrument
 * @param field         the field or relation concerned ("issued", "status", "relations replacedBy 09/2024/…")
 * @param earlierValue  the value the earlier source gave
 * @param earlierSource the earlier source (file name)
 * @param laterValue    the value the later source gave, now in force
 * @param laterSource   the later source
 */
public record RegistryConflict(String key, String field, String earlierValue, String earlierSource,
        String laterValue, String laterSource) {

    @Override
    public String toString() {
        return key + ": " + field + " is \"" + laterValue + "\" in " + laterSource + " but \"" + earlierValue
                + "\" in " + earlierSource + "; using " + laterSource;
    }
}
