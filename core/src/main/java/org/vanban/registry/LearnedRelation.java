package org.vanban.registry;

import java.time.LocalDate;

/**
 * One relation read from an instrument's own text, for review.
 *
 * @param subject  the key of the instrument whose text states it
 * @param type     the relation, from the subject's side (replaces, amends, repeals)
 * @param target   the key of the other instrument
 * @param date     the day it takes effect (the subject's effective date, or a date the sentence gives), or null
 * @param partial  whether only part of the target is concerned
 * @param sentence the sentence that states it, with line breaks collapsed
 */
public record LearnedRelation(String subject, RelationType type, String target, LocalDate date, boolean partial,
        String sentence) {
}
