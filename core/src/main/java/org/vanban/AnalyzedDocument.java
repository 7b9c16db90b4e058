package org.vanban;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.vanban.assign.Assignment;
import org.vanban.cite.Citation;
import org.vanban.deadline.Deadline;
import org.vanban.entity.Entity;
import org.vanban.structure.Section;
import org.vanban.structure.Signer;

/**
 * Everything the pipeline learned about one document; the JSON contract of {@code vanban parse}.
 *
 * <p>All offsets are Unicode code-point indices into {@link #text()}, the normalised text (for the Basic
 * Multilingual Plane, which holds all of Vietnamese, they equal {@code char} indices). Field names are stable API.
 *
 * @param source      where the document came from (a path or a caller-chosen name)
 * @param docType     the document type as printed, upper case ("KẾ HOẠCH"), or null
 * @param number      the document's own number/symbol from "Số: …" ("/BC-THTTA1" when the number is blank), or null
 * @param issuedDate  the date of the "…, ngày … tháng … năm …" line, or null
 * @param place       the place before ", ngày", or null
 * @param title       the subject line under the document type, or null
 * @param issuer      the issuing body (header, or the opening sentence), or null
 * @param signer      the signature block, or null when there is none
 * @param recipients  the lines under "Nơi nhận"
 * @param sections    the outline, in order
 * @param citations   every cited legal instrument, one entry per mention, in order
 * @param deadlines   time limits, in order
 * @param assignments who must do what, in order
 * @param entities    persons, organisations, locations and roles, in order
 * @param text        the normalised text all offsets refer to
 */
@JsonPropertyOrder({"source", "docType", "number", "issuedDate", "place", "title", "issuer", "signer", "recipients",
        "sections", "citations", "deadlines", "assignments", "entities", "text"})
public record AnalyzedDocument(
        String source,
        String docType,
        String number,
        LocalDate issuedDate,
        String place,
        String title,
        String issuer,
        Signer signer,
        List<String> recipients,
        List<Section> sections,
        List<Citation> citations,
        List<Deadline> deadlines,
        List<Assignment> assignments,
        List<Entity> entities,
        String text) {

    public AnalyzedDocument {
        recipients = List.copyOf(recipients);
        sections = List.copyOf(sections);
        citations = List.copyOf(citations);
        deadlines = List.copyOf(deadlines);
        assignments = List.copyOf(assignments);
        entities = List.copyOf(entities);
    }

    /** The same document with every offset passed through {@code f}. */
    public AnalyzedDocument mapOffsets(IntUnaryOperator f) {
        return new AnalyzedDocument(source, docType, number, issuedDate, place, title, issuer, signer, recipients,
                sections.stream().map(s -> s.mapOffsets(f)).toList(),
                citations.stream().map(c -> c.mapOffsets(f)).toList(),
                deadlines.stream().map(d -> d.mapOffsets(f)).toList(),
                assignments.stream().map(a -> a.mapOffsets(f)).toList(),
                entities.stream().map(e -> e.mapOffsets(f)).toList(),
                text);
    }

    /** The {@code char} index into {@link #text()} of a code-point offset taken from this document. */
    public int charIndex(int codePointOffset) {
        return text.offsetByCodePoints(0, codePointOffset);
    }
}
