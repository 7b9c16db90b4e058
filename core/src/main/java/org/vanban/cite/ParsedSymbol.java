package org.vanban.cite;

import java.util.List;

/**
 * A number/symbol as printed ("04/2015/NĐ-CP", "25-NQ/TW", "33/CTTTg"), split into its parts.
 *
 * @param start      where it starts in the text
 * @param end        where it ends
 * @param number     the number as printed ("04", "30c", "66.2")
 * @param separators the separator before each part, as printed ('/', '-', or a dash look-alike)
 * @param parts      the parts after the number, as printed ("2015", "NĐ", "CP")
 * @param spaced     spaces stood around a separator ("04/2015/NĐ - CP")
 * @param broken     a line break stood inside the symbol ("NQ-\nHĐND")
 */
record ParsedSymbol(int start, int end, String number, List<Character> separators, List<String> parts,
        boolean spaced, boolean broken) {

    ParsedSymbol {
        separators = List.copyOf(separators);
        parts = List.copyOf(parts);
    }

    /** The leading digits of the number ("30c" → "30"). */
    String leadingDigits() {
        int k = 0;
        while (k < number.length() && TextScan.isDigit(number.charAt(k))) {
            k++;
        }
        return number.substring(0, k);
    }

    /** The symbol as printed, whitespace removed. */
    String printed() {
        StringBuilder sb = new StringBuilder(number);
        for (int i = 0; i < parts.size(); i++) {
            sb.append(separators.get(i)).append(parts.get(i));
        }
        return sb.toString();
    }

    /** The year part of a legal normative symbol ("04/2015/NĐ-CP" → 2015), or null. */
    Integer year() {
        if (!parts.isEmpty() && separators.get(0) == '/' && isYear(parts.get(0))) {
            return Integer.valueOf(parts.get(0));
        }
        return null;
    }

    static boolean isYear(String s) {
        if (s.length() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (!TextScan.isDigit(s.charAt(i))) {
                return false;
            }
        }
        int y = Integer.parseInt(s);
        return y >= 1945 && y <= 2099;
    }
}
