package org.vanban.cite;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * One mention of a legal instrument.
 *
 * @param surface   exactly the text at {@code [start, end)}: the type word through the symbol, a date that follows
 *                  and "của &lt;issuer&gt;"
 * @param start     start offset
 * @param end       end offset
 * @param type      the type word in normalised spelling and case ("Nghị quyết", "Quyết định" also for "QĐ")
 * @param symbol    the number/symbol as printed, spaces removed; null for instruments cited by name
 * @param canonical the repaired symbol, or the canonical name of an instrument cited by name
 * @param number    the leading digits of the symbol, or null
 * @param year      the year this mention carries (from the symbol, else from its own date), or null
 * @param date      the date printed with this mention, or null
 * @param issuer    the issuer as printed with this mention (or shared with it by coordination), or null
 * @param name      the subject ("về …", a quoted title), or null
 * @param key       identifies the instrument across mentions and documents (see {@link CitationKeys})
 * @param repairs   what was repaired to get {@code canonical} from {@code symbol}, one line each
 */
@JsonPropertyOrder({"surface", "start", "end", "type", "symbol", "canonical", "number", "year", "date", "issuer",
        "name", "key", "repairs"})
public record Citation(
        String surface,
        int start,
        int end,
        String type,
        String symbol,
        String canonical,
        String number,
        Integer year,
        LocalDate date,
        String issuer,
        String name,
        String key,
        List<String> repairs) {

    public Citation {
        repairs = List.copyOf(repairs);
    }

    public Citation mapOffsets(IntUnaryOperator f) {
        return new Citation(surface, f.applyAsInt(start), f.applyAsInt(end), type, symbol, canonical, number, year,
                date, issuer, name, key, repairs);
    }
}
