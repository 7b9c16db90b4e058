package org.vanban.search;

import java.time.LocalDate;
import java.util.List;

/**
 * An instrument that was no longer in force on some date.
 *
 * @param key        the instrument
 * @param status     what happened to it, in the registry's words ("replaced", "expired")
 * @param since      when it stopped being in force, or null when the registry does not say
 * @param replacedBy the instruments that replaced it, if any
 * @param sourced    whether a source states the fact this stands on; an unverified one is a lead, not a finding
 */
public record Supersession(String key, String status, LocalDate since, List<String> replacedBy, boolean sourced) {

    public Supersession {
        replacedBy = List.copyOf(replacedBy);
    }
}
