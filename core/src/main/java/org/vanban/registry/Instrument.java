package org.vanban.registry;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One legal instrument as the registry knows it.
 *
 * @param key        identity, in the format of citation keys ({@link org.vanban.cite.CitationKeys}):
 *                   "36/2017/TT-BGDĐT@2017", "124-QĐ/TW@2023", or a canonical name for instruments without a symbol
 * @param type       the type word ("Thông tư", "Quy định")
 * @param symbol     the number/symbol as officially written ("11-QĐi/TW"), or null
 * @param issuer     the issuing body ("Bộ Giáo dục và Đào tạo"), or null
 * @param title      the subject, or null
 * @param names      names the instrument is cited by without its symbol ("Luật Tố cáo"); may be empty
 * @param issued     the date of issue (signature or adoption), or null
 * @param effective  the day it took or takes effect, or null
 * @param expires    the day it ceases (or ceased) to be in force, or null
 * @param status     the status as of {@code statusAsOf}
 * @param statusAsOf the day the status is known to hold; null means "at the time the file was made"
 * @param confidence whether a source states the status (dates may be sourced even in an unverified entry)
 * @param sources    URLs or document keys the entry stands on
 * @param evidence   a quoted sentence, or null
 * @param notes      anything a reader should know, or null
 * @param relations  relations to other instruments, each with its own date, sources and confidence
 */
@JsonPropertyOrder({"key", "type", "symbol", "issuer", "title", "names", "issued", "effective", "expires", "status",
        "statusAsOf", "confidence", "sources", "evidence", "notes", "relations"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Instrument(
        String key,
        String type,
        String symbol,
        String issuer,
        String title,
        List<String> names,
        LocalDate issued,
        LocalDate effective,
        LocalDate expires,
        InstrumentStatus status,
        LocalDate statusAsOf,
        Confidence confidence,
        List<String> sources,
        String evidence,
        String notes,
        List<Relation> relations) {

    public Instrument {
        Objects.requireNonNull(key, "key");
        names = names == null ? List.of() : List.copyOf(names);
        sources = sources == null ? List.of() : List.copyOf(sources);
        relations = relations == null ? List.of() : List.copyOf(relations);
        status = status == null ? InstrumentStatus.UNDETERMINED : status;
        confidence = confidence == null ? Confidence.UNVERIFIED : confidence;
    }

    /** The relations of one type, in file order. */
    public List<Relation> relations(RelationType type) {
        List<Relation> out = new ArrayList<>();
        for (Relation r : relations) {
            if (r.type() == type) {
                out.add(r);
            }
        }
        return out;
    }

    /** The same instrument with other relations. */
    public Instrument withRelations(List<Relation> newRelations) {
        return new Instrument(key, type, symbol, issuer, title, names, issued, effective, expires, status, statusAsOf,
                confidence, sources, evidence, notes, newRelations);
    }

    /** A short label for messages: "Thông tư 36/2017/TT-BGDĐT" or the key. */
    @JsonIgnore
    public String label() {
        if (symbol != null) {
            return type == null ? symbol : type + " " + symbol;
        }
        return key;
    }

    /** Whether a source states the status. */
    @JsonIgnore
    public boolean sourced() {
        return confidence == Confidence.SOURCED && !sources.isEmpty();
    }
}
