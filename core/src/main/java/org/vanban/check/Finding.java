package org.vanban.check;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.vanban.registry.Confidence;

/**
 * One problem found in a document.
 *
 * @param code        what it is
 * @param severity    how much it matters (one step lower than the code's own when it stands on an unverified fact)
 * @param start       start offset (code points, like every offset of {@link org.vanban.AnalyzedDocument})
 * @param end         end offset
 * @param surface     the text at {@code [start, end)}
 * @param messageVi   the explanation in Vietnamese
 * @param messageEn   the explanation in English
 * @param suggestion  what to write instead (a symbol, a citation, a body), or null
 * @param citationKey the key of the citation concerned, or null (unit findings)
 * @param registryKey the registry entry (or unit id) the finding stands on, or null
 * @param basis       the fact it stands on, in words ("36/2017/TT-BGDĐT@2017 replacedBy 09/2024/TT-BGDĐT@2024"), or
 *                    the document itself ("this document: …")
 * @param sources     the URLs or document keys that state that fact; empty when the basis is the document
 * @param confidence  whether the fact is sourced; {@code unverified} findings say so in their messages
 */
@JsonPropertyOrder({"code", "severity", "start", "end", "surface", "messageVi", "messageEn", "suggestion",
        "citationKey", "registryKey", "basis", "sources", "confidence"})
public record Finding(
        FindingCode code,
        Severity severity,
        int start,
        int end,
        String surface,
        String messageVi,
        String messageEn,
        String suggestion,
        String citationKey,
        String registryKey,
        String basis,
        List<String> sources,
        Confidence confidence) {

    public Finding {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
