package org.vanban.search;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * What search needs to know of the instrument registry: which instruments replaced which, and which were no
 * longer in force on a date. Keys are in the form of {@code Citation.key} ("16/CT-TTg@2016", "25-NQ/TW@2013",
 * "Luật Tiếp công dân"). Implementations must be thread-safe.
 */
public interface InstrumentRelations {

    /** The instruments that {@code key} replaced, directly; empty when unknown. */
    Set<String> predecessors(String key);

    /** The instruments that replaced {@code key}, directly; empty when unknown or still in force. */
    Set<String> replacements(String key);

    /** How {@code key} stood on {@code asOf} when it was no longer in force then; empty otherwise or unknown. */
    Optional<Supersession> supersession(String key, LocalDate asOf);

    /** Knows of no instrument. */
    InstrumentRelations NONE = new InstrumentRelations() {
        @Override
        public Set<String> predecessors(String key) {
            return Set.of();
        }

        @Override
        public Set<String> replacements(String key) {
            return Set.of();
        }

        @Override
        public Optional<Supersession> supersession(String key, LocalDate asOf) {
            return Optional.empty();
        }
    };
}
