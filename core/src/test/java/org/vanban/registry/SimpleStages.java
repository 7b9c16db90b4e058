package org.vanban.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vanban.TextSpan;
import org.vanban.cite.Citation;
import org.vanban.cite.CitationExtractor;
import org.vanban.cite.CitationKeys;
import org.vanban.structure.DocumentStructure;
import org.vanban.structure.StructureParser;

/**
 * Minimal stand-ins for the structure and citation stages, enough for the learner's tests on texts written for them
 * (clean symbols, "ngày D tháng M năm Y" or "D/M/Y" dates). The real stages are tested by their owners.
 */
final class SimpleStages {

    private SimpleStages() {
    }

    private static final String DATE = "(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})|(\\d{1,2})/(\\d{1,2})/(\\d{4})";
    private static final Pattern CITATION = Pattern.compile("(Nghị định|Thông tư|Quyết định|Chỉ thị|Nghị quyết|Luật)"
            + "(?:\\s+số)?\\s+(\\d+[\\w/Đđ-]*[/-][\\wĐđ/-]+)(?:,?\\s+ngày\\s+(?:" + DATE + "))?"
            + "(?:\\s+của\\s+((?:Thủ tướng )?Chính phủ|Bộ trưởng Bộ [\\p{L} ]+?|Quốc hội))?(?=[\\s;,.:)]|$)");
    private static final Pattern NUMBER = Pattern.compile("Số:\\s*(\\S+)");
    private static final Pattern PLACE_DATE = Pattern.compile(",\\s*ngày\\s+(?:" + DATE + ")");
    private static final Pattern TYPE = Pattern.compile("(?m)^(NGHỊ ĐỊNH|THÔNG TƯ|QUYẾT ĐỊNH|CHỈ THỊ)\\s*$");

    static CitationExtractor citations() {
        return (text, structure) -> {
            List<Citation> out = new ArrayList<>();
            Matcher m = CITATION.matcher(text);
            while (m.find()) {
                if (structure.numberSpan() != null && structure.numberSpan().contains(m.start(2))) {
                    continue;
                }
                String symbol = m.group(2);
                LocalDate date = date(m, 3);
                Integer year = Symbols.yearInSymbol(symbol);
                if (year == null && date != null) {
                    year = date.getYear();
                }
                out.add(new Citation(m.group(), m.start(), m.end(), m.group(1), symbol, symbol,
                        symbol.replaceAll("^(\\d+).*", "$1"), year, date, m.group(9), null,
                        CitationKeys.of(symbol, year), List.of()));
            }
            return out;
        };
    }

    static StructureParser structure() {
        return text -> {
            Matcher n = NUMBER.matcher(text);
            String number = null;
            TextSpan span = null;
            if (n.find()) {
                number = n.group(1);
                span = new TextSpan(n.start(1), n.end(1));
            }
            Matcher d = PLACE_DATE.matcher(text);
            LocalDate issued = d.find() ? date(d, 1) : null;
            Matcher t = TYPE.matcher(text);
            String type = t.find() ? t.group(1) : null;
            return new DocumentStructure(type, number, span, issued, null, null, null, null, List.of(), List.of(),
                    new TextSpan(0, text.length()));
        };
    }

    private static LocalDate date(Matcher m, int first) {
        if (m.group(first) != null) {
            return LocalDate.of(Integer.parseInt(m.group(first + 2)), Integer.parseInt(m.group(first + 1)),
                    Integer.parseInt(m.group(first)));
        }
        if (m.group(first + 3) != null) {
            return LocalDate.of(Integer.parseInt(m.group(first + 5)), Integer.parseInt(m.group(first + 4)),
                    Integer.parseInt(m.group(first + 3)));
        }
        return null;
    }
}
