package org.vanban.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vanban.index.IndexFields;

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
