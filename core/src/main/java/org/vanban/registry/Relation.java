package org.vanban.registry;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One relation of an instrument to another, with its own date and sources.
 *
 * @param type        what the relation is
 * @param target      the other instrument's registry key ("09/2024/TT-BGDĐT@2024"), or a description when it has
 *                    no key
 * @param date        the day the relation takes effect (for replacedBy: the day the replacement takes effect), or
 *                    null when not known
 * @param partial     true when only part of the subject is concerned (a partial repeal or replacement)
 * @param sources     URLs or document keys that state the relation
 * @param confidence  whether a source states it
 * @param evidence    the quoted sentence, or null
 * @param note        anything a reader should know, or null
 * @param derivedFrom the key of the instrument whose inverse relation this was derived from; null for relations read
 *                    from a file
 */
@JsonPropertyOrder({"type", "target", "date", "partial", "sources", "confidence", "evidence", "note"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Relation(
        RelationType type,
        String target,
        LocalDate date,
        boolean partial,
        List<String> sources,
        Confidence confidence,
        String evidence,
        String note,
        @JsonIgnore String derivedFrom) {

    public Relation {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(target, "target");
        sources = sources == null ? List.of() : List.copyOf(sources);
        confidence = confidence == null ? Confidence.UNVERIFIED : confidence;
    }

    /** A relation read from a file or built by a caller. */
    public static Relation of(RelationType type, String target, LocalDate date, boolean partial,
            List<String> sources, Confidence confidence, String evidence) {
        return new Relation(type, target, date, partial, sources, confidence, evidence, null, null);
    }

    /** The same fact seen from {@code target}: B replaces A for A replacedBy B. */
    public Relation inverseFrom(String subjectKey) {
        return new Relation(type.inverse(), subjectKey, date, partial, sources, confidence, evidence, note,
                subjectKey);
    }

    /** Whether a source states it. */
    @JsonIgnore
    public boolean sourced() {
        return confidence == Confidence.SOURCED && !sources.isEmpty();
    }
}
