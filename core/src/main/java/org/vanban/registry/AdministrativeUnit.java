package org.vanban.registry;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One administrative unit with the interval in which it existed.
 *
 * @param id         a stable identifier ("tinh-dak-nong")
 * @param name       the proper name without the kind ("Đắk Nông", "2" for Quận 2)
 * @param kind       the kind word as written before the name ("tỉnh", "thành phố", "quận", "huyện", "thị xã")
 * @param level      province or district level
 * @param province   for a district-level unit, its province; else null
 * @param startedOn  the first day it existed, or null when not recorded
 * @param endedOn    the first day it no longer existed (its bodies ceased to act), or null if it still exists
 * @param successor  the unit that took it over ("tỉnh Lâm Đồng"), or null
 * @param sources    URLs that state the facts
 * @param confidence whether the sources state the end and the successor
 * @param evidence   a quoted sentence, or null
 * @param note       anything a reader should know, or null
 */
@JsonPropertyOrder({"id", "name", "kind", "level", "province", "startedOn", "endedOn", "successor", "sources",
        "confidence", "evidence", "note"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AdministrativeUnit(
        String id,
        String name,
        String kind,
        AdministrativeLevel level,
        String province,
        LocalDate startedOn,
        LocalDate endedOn,
        String successor,
        List<String> sources,
        Confidence confidence,
        String evidence,
        String note) {

    public AdministrativeUnit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        sources = sources == null ? List.of() : List.copyOf(sources);
        confidence = confidence == null ? Confidence.UNVERIFIED : confidence;
    }

    /** Whether the unit existed on {@code day} by its own recorded interval. */
    public boolean existedOn(LocalDate day) {
        return (startedOn == null || !startedOn.isAfter(day)) && (endedOn == null || endedOn.isAfter(day));
    }

    /** "tỉnh Đắk Nông". */
    public String displayName() {
        return kind == null ? name : kind + " " + name;
    }
}
