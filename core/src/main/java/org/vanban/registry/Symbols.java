package org.vanban.registry;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vanban.cite.CitationKeys;
import org.vanban.normalize.Diacritics;

/**
 * Spelling-tolerant comparison of number/symbols and the parts of registry keys.
 *
 * <p>Two symbols are taken as spellings of one symbol when their {@link #fingerprint fingerprints} agree: the same
 * letters and digits with diacritics folded and case ignored, "-" "/" "." treated alike, leading zeros of numbers
 * dropped, and the Party regulation code "QĐi" read as "QĐ" (so "11-QĐ/TW" meets "11-QĐi/TW"). Nothing else is
 * forgiven: "33/CTTTg" does not meet "33/CT-TTg" (repairing that is the citation extractor's job, and it reports the
 * repair).
 */
public final class Symbols {

    private static final Pattern YEAR_IN_SYMBOL = Pattern.compile("^\\d+/((?:19|20)\\d{2})/");
    private static final Pattern KEY_YEAR = Pattern.compile("^(.+)@((?:19|20)\\d{2})$");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern SEPARATORS = Pattern.compile("[-/.\\s]+");

    private Symbols() {
    }

    /** The comparison form of a symbol: "11-QĐi/TW" and "11/qd-tw" both give "11/QD/TW". */
    public static String fingerprint(String symbol) {
        String folded = asciiUpper(symbol.strip());
        String[] parts = SEPARATORS.split(folded);
        StringBuilder sb = new StringBuilder(folded.length());
        for (String part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            String p = part;
            if (p.chars().allMatch(Character::isDigit)) {
                int zeros = 0;
                while (zeros < p.length() - 1 && p.charAt(zeros) == '0') {
                    zeros++;
                }
                p = p.substring(zeros);
            } else if (p.equals("QDI")) {
                p = "QD";
            }
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(p);
        }
        return sb.toString();
    }

    /** Upper-case ASCII of a symbol; symbols are ASCII and Đ, so the full Unicode fold is the rare path. */
    private static String asciiUpper(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out[i] = c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
            } else if (c == 'Đ' || c == 'đ') {
                out[i] = 'D';
            } else {
                return Diacritics.fold(s).toUpperCase(Locale.ROOT);
            }
        }
        return new String(out);
    }

    /** The year written inside a legal normative symbol ("04/2015/NĐ-CP" gives 2015), or null. */
    public static Integer yearInSymbol(String symbol) {
        if (symbol == null) {
            return null;
        }
        Matcher m = YEAR_IN_SYMBOL.matcher(symbol.strip());
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** The canonical part of a key: "16/CT-TTg@2016" gives "16/CT-TTg"; a key without a year is returned whole. */
    public static String canonicalOfKey(String key) {
        Matcher m = KEY_YEAR.matcher(key);
        return m.matches() ? m.group(1) : key;
    }

    /** The year part of a key, or null. */
    public static Integer yearOfKey(String key) {
        Matcher m = KEY_YEAR.matcher(key);
        return m.matches() ? Integer.valueOf(m.group(2)) : null;
    }

    /** The key for a symbol and the year of the instrument, as citation extraction would produce it. */
    public static String keyOf(String symbol, Integer year) {
        Integer y = year != null ? year : yearInSymbol(symbol);
        return CitationKeys.of(symbol, y);
    }

    /** The comparison form of a name or an issuer: diacritics folded, lower case, spaces collapsed. */
    public static String foldName(String name) {
        return SPACES.matcher(Diacritics.fold(name).toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
