package org.vanban.search;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vanban.cite.Citation;
import org.vanban.cite.CitationExtractor;
import org.vanban.index.IndexFields;
import org.vanban.structure.DocumentStructure;

/**
 * An instrument as asked for or as keyed: its symbol or name, and the year when given. Parses
 * {@code Citation.key} ("16/CT-TTg@2016") and what users type ("16/CT-TTg", "16/CT-TTg@2016", "16/CT-TTg:2016").
 */
record CitedInstrument(String base, Integer year) {

    private static final Pattern WITH_YEAR = Pattern.compile("^(.*\\S)\\s*[@:]\\s*((?:19|20)\\d\\d)\\s*$");

    static CitedInstrument parse(String keyOrSymbol) {
        String s = keyOrSymbol.strip();
        Matcher m = WITH_YEAR.matcher(s);
        return m.matches() ? new CitedInstrument(m.group(1), Integer.valueOf(m.group(2))) : new CitedInstrument(s, null);
    }

    /**
     * The same instrument as the citation extractor repairs it ("08-NQQ/TU" → "08-NQ/TU", "120/KL-TW" →
     * "120-KL/TW"), so that a misprint typed into a query finds the documents that printed it right; null when the
     * extractor finds nothing to repair. The symbol is given the type word its code stands for, since repairs
     * depend on the type ("Nghị quyết số 08-NQQ/TU").
     */
    CitedInstrument repaired(CitationExtractor extractor) {
        if (!base.matches(".*\\d.*") || base.indexOf('/') < 0) {
            return null; // a name, not a symbol
        }
        String text = DocumentTypes.typeWordOf(base) + " số " + base;
        try {
            List<Citation> found = extractor.extract(text, DocumentStructure.empty(text.length()));
            if (found.size() == 1 && found.get(0).canonical() != null
                    && !IndexFields.matchKey(found.get(0).canonical()).equals(IndexFields.matchKey(base))) {
                return new CitedInstrument(found.get(0).canonical(), year);
            }
        } catch (RuntimeException e) {
            // an extractor that cannot handle the query: search for it as typed
        }
        return null;
    }

    /** The {@link IndexFields#CITED_MATCH} term: any year when none was given, else that year. */
    String matchTerm() {
        String key = IndexFields.matchKey(base);
        return year == null ? key : key + "@" + year;
    }

    /** Whether a cited instrument (symbol/name and year) is this one. */
    boolean matches(String symbolOrName, Integer citedYear) {
        return symbolOrName != null && IndexFields.matchKey(symbolOrName).equals(IndexFields.matchKey(base))
                && (year == null || year.equals(citedYear));
    }
}
