package org.vanban.registry;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The end of a whole tier of local government: every unit of {@code level} ceased on {@code endedOn}.
 *
 * @param level      the tier
 * @param kinds      the kind words of its units ("huyện", "quận", "thị xã", "thành phố")
 * @param endedOn    the first day its bodies no longer acted
 * @param successor  who took over its functions, in words, or null
 * @param sources    URLs that state it
 * @param confidence whether the sources state it
 * @param evidence   a quoted sentence, or null
 */
@JsonPropertyOrder({"level", "kinds", "endedOn", "successor", "sources", "confidence", "evidence"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LevelAbolition(
        AdministrativeLevel level,
        List<String> kinds,
        LocalDate endedOn,
        String successor,
        List<String> sources,
        Confidence confidence,
        String evidence) {

    public LevelAbolition {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(endedOn, "endedOn");
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        sources = sources == null ? List.of() : List.copyOf(sources);
        confidence = confidence == null ? Confidence.UNVERIFIED : confidence;
    }
}
