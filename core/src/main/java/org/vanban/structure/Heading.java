package org.vanban.structure;

import java.util.regex.Pattern;

/**
 * An outline label found at the start of a line: "I.", "1.", "1.2.", "a)", "Chương II", "Điều 5.".
 *
 * @param kind       what sort of label it is
 * @param label      the label without its "." or ")": "I", "1", "1.2", "a"; legal units keep their keyword
 *                   ("Chương II", "Mục 1", "Điều 5", "Phần I")
 * @param depth      for {@link Kind#ARABIC}, the number of components ("1." is 1, "1.2." is 2); else 1
 * @param lineOffset where the heading line's content starts inside the line (first non-blank character)
 * @param titleFrom  where the title starts inside the line (after the label, its punctuation and emphasis marks)
 * @param boldOpen   whether a "**" opened before the title
 */
record Heading(Kind kind, String label, int depth, int lineOffset, int titleFrom, boolean boldOpen) {

    enum Kind { PART, CHAPTER, SECTION, ARTICLE, ROMAN, ARABIC, LETTER }

    private static final Pattern ROMAN = Pattern.compile("(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})");

    /** The heading at the start of {@code raw}, or null. Looks at a bounded prefix: linear in the line. */
    static Heading match(String raw) {
        int n = raw.length();
        int i = 0;
        while (i < n && Markup.isSpace(raw.charAt(i))) {
            i++;
        }
        if (i >= n || raw.charAt(i) == '|') {
            return null;
        }
        int lineOffset = i;
        while (i < n && (raw.charAt(i) == '#' || raw.charAt(i) == '>')) {
            i++;
        }
        i = skipSpaces(raw, i);
        int beforeEmphasis = i;
        i = skipEmphasis(raw, i);
        boolean bold = raw.startsWith("**", beforeEmphasis) && i > beforeEmphasis;
        i = skipSpaces(raw, i);
        if (i >= n) {
            return null;
        }
        Heading h = legal(raw, i, lineOffset, bold);
        if (h == null) {
            h = roman(raw, i, lineOffset, bold);
        }
        if (h == null) {
            h = arabic(raw, i, lineOffset, bold);
        }
        if (h == null) {
            h = letter(raw, i, lineOffset, bold);
        }
        return h;
    }

    private static Heading legal(String raw, int i, int lineOffset, boolean bold) {
        int n = raw.length();
        int w = i;
        while (w < n && Character.isLetter(raw.charAt(w)) && w - i < 8) {
            w++;
        }
        if (w == i || !Character.isUpperCase(raw.charAt(i)) || (w < n && Character.isLetter(raw.charAt(w)))) {
            return null;
        }
        String word = raw.substring(i, w);
        String folded = Folding.fold(word);
        Kind kind;
        String keyword;
        switch (folded) {
            case "phan" -> {
                kind = Kind.PART;
                keyword = "Phần";
            }
            case "chuong" -> {
                kind = Kind.CHAPTER;
                keyword = "Chương";
            }
            case "muc" -> {
                kind = Kind.SECTION;
                keyword = "Mục";
            }
            case "dieu" -> {
                kind = Kind.ARTICLE;
                keyword = "Điều";
            }
            default -> {
                return null;
            }
        }
        // "Mục" and "Phần" are ordinary words too ("Mục đích"): demand the keyword's own case pattern.
        if (!word.equals(keyword) && !word.equals(keyword.toUpperCase(java.util.Locale.ROOT))) {
            return null;
        }
        int j = skipSpaces(raw, skipEmphasis(raw, skipSpaces(raw, w)));
        if (j == w || j >= n) {
            return null;
        }
        int tokenStart = j;
        if (kind == Kind.PART && Folding.fold(raw.substring(j, Math.min(n, j + 4))).equals("thu ")) {
            j = skipSpaces(raw, j + 4);
            int k = j;
            while (k < n && Character.isLetter(raw.charAt(k))) {
                k++;
            }
            if (k == j) {
                return null;
            }
            j = k;
        } else {
            int k = j;
            while (k < n && Character.isDigit(raw.charAt(k)) && k - j < 4) {
                k++;
            }
            if (k > j) {
                if (kind == Kind.ARTICLE && k < n && raw.charAt(k) >= 'a' && raw.charAt(k) <= 'z'
                        && (k + 1 >= n || !Character.isLetter(raw.charAt(k + 1)))) {
                    k++;
                }
            } else {
                while (k < n && "IVXLC".indexOf(raw.charAt(k)) >= 0 && k - j < 7) {
                    k++;
                }
                if (k == j || !ROMAN.matcher(raw.substring(j, k)).matches()) {
                    return null;
                }
            }
            if (k < n && Character.isLetterOrDigit(raw.charAt(k))) {
                return null;
            }
            j = k;
        }
        String token = raw.substring(tokenStart, j).replaceAll("\\s+", " ");
        int after = skipEmphasis(raw, j);
        int titleFrom;
        if (after >= n || isBlankFrom(raw, after)) {
            titleFrom = n;
        } else {
            char c = raw.charAt(after);
            if (c == '.' || c == ':' || c == '-' || c == '–' || c == ')') {
                titleFrom = skipSpaces(raw, skipEmphasis(raw, skipSpaces(raw, after + 1)));
            } else if (kind != Kind.ARTICLE && Markup.isSpace(c)) {
                int t = skipEmphasis(raw, skipSpaces(raw, after));
                if (t >= n || !Character.isUpperCase(raw.charAt(t))) {
                    return null;
                }
                titleFrom = t;
            } else {
                return null;
            }
        }
        return new Heading(kind, keyword + " " + token, 1, lineOffset, titleFrom, bold);
    }

    private static Heading roman(String raw, int i, int lineOffset, boolean bold) {
        int n = raw.length();
        int k = i;
        while (k < n && "IVXLC".indexOf(raw.charAt(k)) >= 0 && k - i < 7) {
            k++;
        }
        if (k == i || (k < n && Character.isLetterOrDigit(raw.charAt(k)))
                || !ROMAN.matcher(raw.substring(i, k)).matches()) {
            return null;
        }
        String label = raw.substring(i, k);
        int j = skipEmphasis(raw, k);
        if (j >= n) {
            return null;
        }
        char c = raw.charAt(j);
        int titleFrom;
        if (c == '.' || c == ')') {
            if (j + 1 < n && (Character.isDigit(raw.charAt(j + 1)) || raw.charAt(j + 1) == '.')) {
                return null;
            }
            titleFrom = skipSpaces(raw, skipEmphasis(raw, skipSpaces(raw, j + 1)));
        } else {
            int d = skipSpaces(raw, j);
            if (d < n && (raw.charAt(d) == '-' || raw.charAt(d) == '–') && d + 1 < n
                    && Markup.isSpace(raw.charAt(d + 1))) {
                titleFrom = skipSpaces(raw, skipEmphasis(raw, skipSpaces(raw, d + 1)));
            } else {
                return null;
            }
        }
        return new Heading(Kind.ROMAN, label, 1, lineOffset, titleFrom, bold);
    }

    private static Heading arabic(String raw, int i, int lineOffset, boolean bold) {
        int n = raw.length();
        int k = i;
        while (k < n && isAsciiDigit(raw.charAt(k)) && k - i < 3) {
            k++;
        }
        if (k == i || k - i > 2 || (k < n && isAsciiDigit(raw.charAt(k)))) {
            return null;
        }
        if (Integer.parseInt(raw.substring(i, k)) == 0) {
            return null;
        }
        int depth = 1;
        while (k + 1 < n && raw.charAt(k) == '.' && isAsciiDigit(raw.charAt(k + 1))) {
            int d = k + 1;
            int e = d;
            while (e < n && isAsciiDigit(raw.charAt(e)) && e - d < 3) {
                e++;
            }
            if (e - d > 2 || (e < n && isAsciiDigit(raw.charAt(e)))) {
                return null;
            }
            depth++;
            k = e;
        }
        String label = raw.substring(i, k);
        int j = k;
        if (depth == 1) {
            if (j < n && (raw.charAt(j) == '-' || raw.charAt(j) == '–')) {
                // "1- Đánh giá": the Party style (Hướng dẫn 36-HD/VPTW); a space and a capital must follow.
                int t = j + 1;
                if (t + 1 >= n || !Markup.isSpace(raw.charAt(t))
                        || !Character.isUpperCase(raw.charAt(skipSpaces(raw, t)))) {
                    return null;
                }
                return new Heading(Kind.ARABIC, label, 1, lineOffset, skipSpaces(raw, t), bold);
            }
            if (j >= n || (raw.charAt(j) != '.' && raw.charAt(j) != ')')) {
                return null;
            }
            j++;
            int t = skipEmphasis(raw, j);
            if (t < n && !Markup.isSpace(raw.charAt(t)) && !Character.isUpperCase(raw.charAt(t))) {
                return null;
            }
        } else {
            boolean closed = j < n && (raw.charAt(j) == '.' || raw.charAt(j) == ')');
            if (closed) {
                j++;
            }
            int t = skipEmphasis(raw, j);
            if (t < n && !Markup.isSpace(raw.charAt(t))) {
                return null;
            }
            // "1.2 Nâng cao" is a heading, "1.5 triệu đồng" a number: without a final dot a capital must follow.
            int title = skipSpaces(raw, skipEmphasis(raw, skipSpaces(raw, j)));
            if (!closed && (title >= n || !Character.isUpperCase(raw.charAt(title)))) {
                return null;
            }
        }
        int titleFrom = skipSpaces(raw, skipEmphasis(raw, skipSpaces(raw, j)));
        return new Heading(Kind.ARABIC, label, depth, lineOffset, titleFrom, bold);
    }

    private static Heading letter(String raw, int i, int lineOffset, boolean bold) {
        int n = raw.length();
        if (i + 1 >= n) {
            return null;
        }
        char c = raw.charAt(i);
        if (!((c >= 'a' && c <= 'z') || c == 'đ')) {
            return null;
        }
        char p = raw.charAt(i + 1);
        if (p == '-' && i + 3 < n && Markup.isSpace(raw.charAt(i + 2))
                && Character.isUpperCase(raw.charAt(skipSpaces(raw, i + 2)))) {
            return new Heading(Kind.LETTER, String.valueOf(c), 1, lineOffset, skipSpaces(raw, i + 2), bold);
        }
        if (p != '.' && p != ')') {
            return null;
        }
        int t = skipEmphasis(raw, i + 2);
        if (t >= n) {
            return p == ')' ? new Heading(Kind.LETTER, String.valueOf(c), 1, lineOffset, n, bold) : null;
        }
        char next = raw.charAt(t);
        if (!Markup.isSpace(next) && !(p == ')' && Character.isUpperCase(next))) {
            return null;
        }
        int titleFrom = skipSpaces(raw, skipEmphasis(raw, skipSpaces(raw, t)));
        return new Heading(Kind.LETTER, String.valueOf(c), 1, lineOffset, titleFrom, bold);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static int skipSpaces(String s, int i) {
        while (i < s.length() && Markup.isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    static int skipEmphasis(String s, int i) {
        while (i < s.length() && (s.charAt(i) == '*' || s.charAt(i) == '_')) {
            i++;
        }
        return i;
    }

    private static boolean isBlankFrom(String s, int i) {
        for (int k = i; k < s.length(); k++) {
            char c = s.charAt(k);
            if (!Markup.isSpace(c) && c != '*' && c != '_') {
                return false;
            }
        }
        return true;
    }
}
