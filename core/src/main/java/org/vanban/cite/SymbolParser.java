package org.vanban.cite;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a number/symbol at a position: a number, then parts separated by '/' or '-' ("04/2015/NĐ-CP",
 * "22-KH/BDVHU-UBND", "11-QĐi/TW"). Tolerates what real text does to symbols: spaces around a separator
 * ("NĐ - CP"), a line break after one ("NQ-\nHĐND"), look-alike letters ("NÐ"), upper case ("TTG"), and a word
 * glued to the end ("TT-BTCvề"). A single forward pass over at most a few dozen characters.
 */
final class SymbolParser {

    private static final int MAX_NUMBER_DIGITS = 6;
    private static final int MAX_PART_LENGTH = 20;
    private static final int MAX_PARTS = 8;

    private final CitationLexicon lexicon;

    SymbolParser(CitationLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The symbol starting at {@code at}, or null if none starts there. */
    ParsedSymbol parse(CharSequence text, int at) {
        int n = text.length();
        if (at >= n || !TextScan.isDigit(text.charAt(at))) {
            return null;
        }
        if (at > 0) {
            char before = text.charAt(at - 1);
            if (TextScan.isWordChar(before) || before == '/' || before == '-' || before == '.') {
                return null;
            }
        }
        int i = at;
        while (i < n && TextScan.isDigit(text.charAt(i)) && i - at < MAX_NUMBER_DIGITS) {
            i++;
        }
        if (i < n && TextScan.isDigit(text.charAt(i))) {
            return null; // too long for a number: a phone number or an identifier
        }
        // "30c/NQ-CP": one lower-case letter after the number, only when a separator follows it.
        if (i + 1 < n && text.charAt(i) >= 'a' && text.charAt(i) <= 'z' && isSeparator(text.charAt(i + 1))) {
            i++;
        }
        // "66.2/2025/NQ-CP": a decimal sub-number, only when a separator follows it.
        if (i + 1 < n && text.charAt(i) == '.' && TextScan.isDigit(text.charAt(i + 1))) {
            int j = i + 1;
            while (j < n && TextScan.isDigit(text.charAt(j)) && j - i <= 3) {
                j++;
            }
            if (j < n && isSeparator(text.charAt(j))) {
                i = j;
            }
        }
        String printedNumber = text.subSequence(at, i).toString();
        List<Character> seps = new ArrayList<>(4);
        List<String> parts = new ArrayList<>(4);
        boolean spaced = false;
        boolean broken = false;
        int end = i;
        while (parts.size() < MAX_PARTS) {
            int s = TextScan.skipInlineSpaces(text, end);
            if (s >= n || !isSeparator(text.charAt(s))) {
                break;
            }
            char sep = text.charAt(s);
            int t = TextScan.skipSpaces(text, s + 1, 1);
            boolean spacesHere = s > end || t > s + 1;
            int tokenEnd = t;
            while (tokenEnd < n && isSymbolChar(text.charAt(tokenEnd)) && tokenEnd - t <= MAX_PART_LENGTH) {
                tokenEnd++;
            }
            if (tokenEnd == t || tokenEnd - t > MAX_PART_LENGTH) {
                break;
            }
            String token = text.subSequence(t, tokenEnd).toString();
            boolean glued = false;
            if (isAllDigits(token)) {
                // Only the year of a normative symbol is all digits; anything else is a date or a range.
                if (!(parts.isEmpty() && sep == '/' && ParsedSymbol.isYear(token))) {
                    break;
                }
                if (tokenEnd < n && Character.isLetter(text.charAt(tokenEnd))) {
                    break;
                }
            } else if (hasLowerCase(token) && !acceptsLowerCase(token)) {
                int cut = firstLowerCase(token);
                if (spacesHere || cut < 2) {
                    break; // "25 - Hội nghị": a dash in the sentence, not a separator
                }
                token = token.substring(0, cut); // "TT-BTCvề": the next word is glued on
                tokenEnd = t + cut;
                glued = true;
            } else if (tokenEnd < n && Character.isLetter(text.charAt(tokenEnd))) {
                // A Vietnamese letter glued on ("CPngày"): keep the code only if it is long enough to be one.
                int cut = token.length();
                while (cut > 0 && Character.isLowerCase(token.charAt(cut - 1))) {
                    cut--;
                }
                if (spacesHere || cut < 2) {
                    break;
                }
                token = token.substring(0, cut);
                tokenEnd = t + cut;
                glued = true;
            }
            if (spacesHere) {
                spaced = true;
                for (int k = s; k < t; k++) {
                    if (text.charAt(k) == '\n') {
                        broken = true;
                    }
                }
            }
            seps.add(sep);
            parts.add(token);
            end = tokenEnd;
            if (glued) {
                break;
            }
        }
        if (!hasLetterPart(parts)) {
            return null;
        }
        return new ParsedSymbol(at, end, printedNumber, seps, parts, spaced, broken);
    }

    static boolean isSeparator(char c) {
        return c == '/' || c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013';
    }

    /** Letters of symbols: ASCII, Đ and its look-alikes, digits (term numbers "QH15"), '&' ("GD&ĐT"). */
    static boolean isSymbolChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || TextScan.isDigit(c) || c == '&' || c == 'Đ'
                || c == 'đ' || c == '\u00D0' || c == '\u0189' || c == '\u00F0';
    }

    /** Mixed-case codes are few and known ("TTg", "QĐi"); a merged one ends with such a code ("CTTTg"). */
    private boolean acceptsLowerCase(String token) {
        if (lexicon.isKnownCode(token)) {
            return true;
        }
        for (int k = 1; k < token.length() - 1; k++) {
            String suffix = token.substring(k);
            if (hasLowerCase(suffix) && lexicon.isKnownCode(suffix) && !hasLowerCase(token.substring(0, k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetterPart(List<String> parts) {
        for (String p : parts) {
            for (int i = 0; i < p.length(); i++) {
                if (Character.isLetter(p.charAt(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isAllDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!TextScan.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLowerCase(String s) {
        return firstLowerCase(s) >= 0;
    }

    private static int firstLowerCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
