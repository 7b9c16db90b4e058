package org.vanban.registry;

import java.util.List;

/**
 * What {@link RelationLearner} read from one instrument.
 *
 * @param source     the document's source (file)
 * @param instrument the instrument itself, with its dates and the relations it states; null when it could not be
 *                   identified (no number)
 * @param targets    entries for the instruments it replaces, amends or repeals, each with the inverse relation
 * @param relations  the relations found, each with its sentence
 * @param problems   why something could not be learned, one line each
 */
public record LearnResult(String source, Instrument instrument, List<Instrument> targets,
        List<LearnedRelation> relations, List<String> problems) {

    public LearnResult {
        targets = List.copyOf(targets);
        relations = List.copyOf(relations);
        problems = List.copyOf(problems);
    }

    /** The instrument and its targets, for a registry file. */
    public List<Instrument> entries() {
        if (instrument == null) {
            return List.of();
        }
        List<Instrument> all = new java.util.ArrayList<>();
        all.add(instrument);
        all.addAll(targets);
        return all;
    }
}
