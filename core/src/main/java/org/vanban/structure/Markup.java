package org.vanban.structure;

/** The Markdown and layout marks that converted documents carry: heading marks, emphasis, table pipes, rules. */
final class Markup {

    private Markup() {
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B'
                || c == '\r' || c == '\f' || c == '\u3000';
    }

    /** Characters that make up rules and table borders. */
    static boolean isRuleChar(char c) {
        return c == '|' || c == '*' || c == '-' || c == '_' || c == '=' || c == '~' || c == '—' || c == '–'
                || c == '#' || c == '>' || c == '+';
    }

    static boolean isSeparator(CharSequence raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!isSpace(c) && !isRuleChar(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The text without Markdown marks: leading {@code #}/{@code >}, every {@code *}, pipes and underscores at
     * either end; whitespace collapsed to single spaces and trimmed.
     */
    static String plain(CharSequence raw) {
        int n = raw.length();
        int i = 0;
        while (i < n && (isSpace(raw.charAt(i)) || raw.charAt(i) == '#' || raw.charAt(i) == '>')) {
            i++;
        }
        StringBuilder sb = new StringBuilder(n - i);
        boolean pendingSpace = false;
        for (; i < n; i++) {
            char c = raw.charAt(i);
            if (c == '*') {
                // "**NGHỊ ĐỊNH**Quy định …": emphasis marks between a letter and a capital separate two words.
                int j = i;
                while (j < n && raw.charAt(j) == '*') {
                    j++;
                }
                // Inside a word ("TRƯ****Ở****NG") they separate nothing: a new word starts with a capital
                // followed by a small letter.
                if (i > 0 && j + 1 < n && Character.isLetter(raw.charAt(i - 1))
                        && Character.isUpperCase(raw.charAt(j)) && Character.isLowerCase(raw.charAt(j + 1))) {
                    pendingSpace = sb.length() > 0;
                }
                i = j - 1;
                continue;
            }
            if (isSpace(c) || Character.isWhitespace(c)) {
                pendingSpace = sb.length() > 0;
                continue;
            }
            if (pendingSpace) {
                sb.append(' ');
                pendingSpace = false;
            }
            sb.append(c);
        }
        return trimMarks(sb);
    }

    /** Strips pipes, underscores and spaces from both ends. */
    static String trimMarks(CharSequence s) {
        int a = 0;
        int b = s.length();
        while (a < b && isEdgeMark(s.charAt(a))) {
            a++;
        }
        while (b > a && isEdgeMark(s.charAt(b - 1))) {
            b--;
        }
        return s.subSequence(a, b).toString();
    }

    private static boolean isEdgeMark(char c) {
        return c == '|' || c == '_' || c == '*' || isSpace(c) || Character.isWhitespace(c);
    }

    /** Share of upper-case letters among the letters of {@code s}; 0 when it has none. */
    static double upperShare(CharSequence s) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters == 0 ? 0 : (double) upper / letters;
    }

    static int letterCount(CharSequence s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                letters++;
            }
        }
        return letters;
    }

    /** True if {@code s} has letters and none of them is lower case. */
    static boolean isUpperText(CharSequence s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return letters > 0;
    }

    /** Number of non-overlapping "**" in {@code s}. */
    static int boldMarks(CharSequence s) {
        int count = 0;
        for (int i = 0; i + 1 < s.length(); i++) {
            if (s.charAt(i) == '*' && s.charAt(i + 1) == '*') {
                count++;
                i++;
            }
        }
        return count;
    }

    static int wordCount(String plain) {
        if (plain.isEmpty()) {
            return 0;
        }
        int words = 1;
        for (int i = 0; i < plain.length(); i++) {
            if (plain.charAt(i) == ' ') {
                words++;
            }
        }
        return words;
    }

    static String capitalizeFirst(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        int cp = s.codePointAt(0);
        return new StringBuilder(s.length()).appendCodePoint(Character.toUpperCase(cp))
                .append(s, Character.charCount(cp), s.length()).toString();
    }
}
