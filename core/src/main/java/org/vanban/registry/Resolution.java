package org.vanban.registry;

import java.util.List;

/**
 * What a citation resolved to in a registry.
 *
 * @param outcome    resolved to one entry, several candidates, or none
 * @param instrument the entry, when resolved
 * @param candidates the entries that fit equally well, when ambiguous
 * @param match      how the entry was found
 * @param note       a sentence for the reader about how (or why not), in English, or null
 */
public record Resolution(Outcome outcome, Instrument instrument, List<Instrument> candidates, Match match,
        String note) {

    public enum Outcome { RESOLVED, AMBIGUOUS, UNKNOWN }

    /** How a resolved entry was found, from the strongest to the weakest. */
    public enum Match {
        /** The citation's key is the entry's key. */
        KEY,
        /** The symbol (allowing for spelling variants) and the year agree. */
        SYMBOL_AND_YEAR,
        /** The citation gives no year and the registry has a single instrument with the symbol. */
        UNIQUE_SYMBOL,
        /** The name (a law cited by name) and the year agree, or the name has a single entry. */
        NAME,
        /** Several instruments bear the name; one was in force on the day of the check. */
        NAME_IN_FORCE,
        /** Not resolved. */
        NONE
    }

    public Resolution {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    public static Resolution unknown(String note) {
        return new Resolution(Outcome.UNKNOWN, null, List.of(), Match.NONE, note);
    }

    public boolean resolved() {
        return outcome == Outcome.RESOLVED;
    }

    /** True when the match rests on the registry having one instrument with the symbol, not on the citation's year. */
    public boolean weak() {
        return match == Match.UNIQUE_SYMBOL;
    }
}
