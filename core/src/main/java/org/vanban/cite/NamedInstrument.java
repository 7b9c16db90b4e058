package org.vanban.cite;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An instrument cited by a name instead of a number ({@code named-instruments.tsv}): the pattern of what follows
 * its type word, and how to write its canonical name.
 */
record NamedInstrument(String type, Pattern pattern, String canonicalTemplate) {

    /** The canonical name for a match of {@link #pattern()}: {@code $1} … {@code $9} are its groups, upper-cased. */
    String canonical(Matcher m) {
        StringBuilder sb = new StringBuilder();
        String t = canonicalTemplate;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '$' && i + 1 < t.length() && TextScan.isDigit(t.charAt(i + 1))) {
                int g = t.charAt(++i) - '0';
                String value = g <= m.groupCount() ? m.group(g) : null;
                // Roman numerals and plenum numbers: "khóa xii" is "khóa XII".
                sb.append(value == null ? "" : value.toUpperCase(java.util.Locale.ROOT));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
