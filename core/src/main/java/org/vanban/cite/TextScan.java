package org.vanban.cite;

/**
 * Character classes and cursor moves that the citation grammar shares. Every method is a bounded, linear walk: no
 * backtracking.
 */
final class TextScan {

    private TextScan() {
    }

    /** Whitespace inside a line or at its end: spaces, tabs, no-break spaces, line ends. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00A0' || c == '\u2009' || c == '\u202F'
                || c == '\f' || c == '\u000B';
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Is {@code i} the first character of a word (the text before it is not a letter or digit)? */
    static boolean wordStartsAt(CharSequence text, int i) {
        return i == 0 || !isWordChar(text.charAt(i - 1));
    }

    /** Does a word end at {@code i} (no letter or digit at {@code i})? */
    static boolean wordEndsAt(CharSequence text, int i) {
        return i >= text.length() || !isWordChar(text.charAt(i));
    }

    /**
     * Skips whitespace that holds at most {@code maxLineBreaks} line breaks; returns the first position after it,
     * or {@code from} itself when the run holds more line breaks than that (a paragraph break ends a phrase).
     */
    static int skipSpaces(CharSequence text, int from, int maxLineBreaks) {
        int i = from;
        int breaks = 0;
        int n = text.length();
        while (i < n && isSpace(text.charAt(i))) {
            if (text.charAt(i) == '\n' && ++breaks > maxLineBreaks) {
                return from;
            }
            i++;
        }
        return i;
    }

    /** Skips spaces and tabs only. */
    static int skipInlineSpaces(CharSequence text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\u00A0') {
                break;
            }
            i++;
        }
        return i;
    }

    /**
     * If the folded word(s) {@code folded} (a phrase of folded words separated by single spaces) start at
     * {@code at} and end at a word boundary, the position after them; else -1. Whitespace between the words may
     * hold one line break.
     */
    static int matchFolded(CharSequence text, int at, String folded) {
        int i = at;
        int n = text.length();
        for (int k = 0; k < folded.length(); k++) {
            char want = folded.charAt(k);
            if (want == ' ') {
                int j = skipSpaces(text, i, 1);
                if (j == i) {
                    return -1;
                }
                i = j;
                continue;
            }
            if (i >= n || Folding.fold(text.charAt(i)) != want) {
                return -1;
            }
            i++;
        }
        return wordEndsAt(text, i) ? i : -1;
    }

    /** The text with every whitespace run made one space, trimmed. */
    static String collapseSpaces(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** The text without any whitespace. */
    static String removeSpaces(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSpace(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static boolean isOpeningQuote(char c) {
        return c == '“' || c == '"' || c == '«' || c == '„';
    }

    static char closingQuoteFor(char open) {
        switch (open) {
            case '“':
            case '„':
                return '”';
            case '«':
                return '»';
            default:
                return '"';
        }
    }

    static boolean isUpper(char c) {
        return Character.isUpperCase(c);
    }
}
