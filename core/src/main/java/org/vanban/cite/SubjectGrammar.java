package org.vanban.cite;

/**
 * The subject attached to a citation ({@link Citation#name()}): "về …", "về việc …", "V/v …", a quoted title, or a
 * subject opened by a word of {@code subject-leads.txt} ("ban hành …"). A term ("(khóa XI)") and a second
 * "của …" may stand between the citation and its subject.
 *
 * <p>Where the subject ends: at ';', at a sentence-ending '.', at an ellipsis, at brackets, Markdown emphasis or a
 * table pipe, at a line break that ends the line's sentence, before "và"/"," and another citation's type word,
 * before a phrase of {@code subject-stops.txt}, and after a quoted title introduced by "về" ("về “…”"), which
 * completes a subject. Quoted text is read whole.
 */
final class SubjectGrammar {

    private static final int MAX_LENGTH = 800;

    private final CitationLexicon lexicon;
    private final IssuerGrammar issuers;

    SubjectGrammar(CitationLexicon lexicon, IssuerGrammar issuers) {
        this.lexicon = lexicon;
        this.issuers = issuers;
    }

    /** The subject after a citation that ends at {@code from}, or null. */
    String after(CharSequence text, int from, TypeWord type) {
        int p = TextScan.skipSpaces(text, from, 1);
        p = skipTerm(text, p);
        IssuerGrammar.Found second = issuers.afterCua(text, p);
        if (second != null) {
            p = TextScan.skipSpaces(text, second.end(), 1);
            p = skipTerm(text, p);
        }
        p = skipApposition(text, p, type);
        int afterLead = lead(text, p);
        if (afterLead >= 0) {
            return content(text, TextScan.skipSpaces(text, afterLead, 1));
        }
        if (p < text.length() && TextScan.isOpeningQuote(text.charAt(p))) {
            return quoted(text, p);
        }
        if (lexicon.subjectLeads().longest(text, p) != null) {
            return content(text, p);
        }
        return null;
    }

    /** The position after "về việc", "về", "V/v" at {@code p}, or -1. */
    private static int lead(CharSequence text, int p) {
        int e = TextScan.matchFolded(text, p, "ve viec");
        if (e < 0) {
            e = TextScan.matchFolded(text, p, "ve");
        }
        if (e < 0 && p + 3 <= text.length() && Folding.fold(text.charAt(p)) == 'v' && text.charAt(p + 1) == '/'
                && Folding.fold(text.charAt(p + 2)) == 'v' && TextScan.wordEndsAt(text, p + 3)) {
            e = p + 3;
        }
        return e;
    }

    /** Skips a term: "(khóa XI)", "khóa XII". */
    private static int skipTerm(CharSequence text, int p) {
        int n = text.length();
        int q = p < n && text.charAt(p) == '(' ? p + 1 : p;
        int afterKhoa = TextScan.matchFolded(text, q, "khoa");
        if (afterKhoa < 0) {
            return p;
        }
        int r = TextScan.skipInlineSpaces(text, afterKhoa);
        int end = r;
        while (end < n && end - r < 8 && (Character.isLetterOrDigit(text.charAt(end)))) {
            end++;
        }
        if (end == r) {
            return p;
        }
        if (q > p) {
            if (end >= n || text.charAt(end) != ')') {
                return p;
            }
            end++;
        }
        return TextScan.skipSpaces(text, end, 1);
    }

    /** ", Thông tư hướng dẫn về …" after "Thông tư số …": the apposition restates the type; the subject follows "về". */
    private int skipApposition(CharSequence text, int p, TypeWord type) {
        if (p >= text.length() || text.charAt(p) != ',') {
            return p;
        }
        int q = TextScan.skipSpaces(text, p + 1, 1);
        PhraseTrie.Match<TypeWord> tw = lexicon.typeWords().longest(text, q);
        if (tw == null || !tw.value().type().equals(type.type())) {
            return p;
        }
        int r = TextScan.skipSpaces(text, tw.end(), 1);
        for (int words = 0; words < 5 && r < text.length(); words++) {
            if (TextScan.matchFolded(text, r, "ve") >= 0) {
                return r;
            }
            int wEnd = IssuerGrammar.wordEnd(text, r);
            if (wEnd == r) {
                return p;
            }
            r = TextScan.skipSpaces(text, wEnd, 1);
        }
        return p;
    }

    /** A quoted title at {@code p} (an opening quote), without its quotes and a leading "về", or null. */
    private static String quoted(CharSequence text, int p) {
        int close = closingQuote(text, p);
        if (close < 0) {
            return null;
        }
        return clean(text.subSequence(p + 1, close), true);
    }

    /** The index of the quote that closes the one at {@code p}, within one paragraph, or -1. */
    private static int closingQuote(CharSequence text, int p) {
        char close = TextScan.closingQuoteFor(text.charAt(p));
        int limit = Math.min(text.length(), p + MAX_LENGTH);
        for (int i = p + 1; i < limit; i++) {
            char c = text.charAt(i);
            if (c == close) {
                return i;
            }
            if (c == '\n' && TextScan.skipSpaces(text, i, 1) == i) {
                return -1; // a paragraph break inside: not a quote we can trust
            }
        }
        return -1;
    }

    private String content(CharSequence text, int start) {
        int n = text.length();
        if (start >= n) {
            return null;
        }
        if (TextScan.isOpeningQuote(text.charAt(start))) {
            int close = closingQuote(text, start);
            if (close >= 0) {
                return clean(text.subSequence(start + 1, close), true);
            }
        }
        int limit = Math.min(n, start + MAX_LENGTH);
        int i = start;
        int end = limit;
        scan:
        while (i < limit) {
            char c = text.charAt(i);
            switch (c) {
                case ';':
                case '|':
                case '*':
                case '[':
                case ']':
                case ')':
                    end = i;
                    break scan;
                case '(':
                    int term = skipTerm(text, i);
                    if (term == i) {
                        end = i;
                        break scan;
                    }
                    while (text.charAt(term - 1) != ')') {
                        term--; // back over the spaces skipTerm read past
                    }
                    i = term - 1; // "(khóa XI)" belongs to a nested citation
                    break;
                case '.':
                    if (i + 1 >= n || !TextScan.isWordChar(text.charAt(i + 1))) {
                        end = i; // a sentence end, an ellipsis, ".;" — but not "TP.HCM" or "18.2.2019"
                        break scan;
                    }
                    break;
                case '…':
                case ':':
                    end = i; // an ellipsis; a colon opens a list, not more of the title
                    break scan;
                case ',':
                    if (i + 1 < n && text.charAt(i + 1) == '.') {
                        end = i;
                        break scan;
                    }
                    int afterComma = TextScan.skipSpaces(text, i + 1, 1);
                    if (afterComma < n && TextScan.isUpper(text.charAt(afterComma)) || stopsAt(text, i)) {
                        // ", Trường Tiểu học … báo cáo": a new clause with its own subject; ", Quyết định số …"
                        end = i;
                        break scan;
                    }
                    break;
                case '\n':
                    if (!continuesLine(text, start, i)) {
                        end = i;
                        break scan;
                    }
                    break;
                case '“':
                case '"':
                case '«':
                    // A quoted part is read whole; "về “…”" completes the subject.
                    int close = closingQuote(text, i);
                    if (close < 0) {
                        break;
                    }
                    if (introducedByVe(text, start, i)) {
                        end = close + 1;
                        break scan;
                    }
                    i = close;
                    break;
                case ' ':
                    if (stopsAt(text, i + 1)) {
                        end = i;
                        break scan;
                    }
                    break;
                default:
                    break;
            }
            i++;
        }
        String name = clean(text.subSequence(start, end), false);
        return name.isEmpty() ? null : name;
    }

    /** Does a quote at {@code quote} follow "về" (with only spaces between)? */
    private static boolean introducedByVe(CharSequence text, int start, int quote) {
        int j = quote - 1;
        while (j >= start && TextScan.isSpace(text.charAt(j))) {
            j--;
        }
        if (j - 1 < start || j == quote - 1) {
            return false;
        }
        return Folding.fold(text.charAt(j)) == 'e' && Folding.fold(text.charAt(j - 1)) == 'v'
                && (j - 2 < 0 || !TextScan.isWordChar(text.charAt(j - 2)));
    }

    /**
     * Does the word before the space at {@code p - 1} end a symbol ("… thực hiện Chỉ thị số 16/CT-TTg và Chỉ thị số
     * 33/CT-TTg …")? Then "và" joins two instruments inside the subject, not the subject to the next citation.
     */
    private static boolean followsSymbol(CharSequence text, int p) {
        int j = p - 1;
        while (j >= 0 && TextScan.isSpace(text.charAt(j))) {
            j--;
        }
        for (int k = j; k >= 0 && k > j - 25; k--) {
            char c = text.charAt(k);
            if (c == '/') {
                return true;
            }
            if (TextScan.isSpace(c)) {
                return false;
            }
        }
        return false;
    }

    /** A stop phrase at {@code p}; one that starts with a comma matches the comma and the spaces after it. */
    private static boolean matchStop(CharSequence text, int p, String stop) {
        if (stop.startsWith(",")) {
            return TextScan.matchFolded(text, TextScan.skipSpaces(text, p + 1, 1), stop.substring(1).strip()) >= 0;
        }
        return TextScan.matchFolded(text, p, stop) >= 0;
    }

    /** "và" + a type word, or a phrase of {@code subject-stops.txt}, at {@code p}. */
    private boolean stopsAt(CharSequence text, int p) {
        if (p >= text.length()) {
            return false;
        }
        int afterVa = TextScan.matchFolded(text, p, "va");
        if (afterVa >= 0 && startsCitation(text, TextScan.skipSpaces(text, afterVa, 1)) && !followsSymbol(text, p)) {
            return true;
        }
        for (String stop : lexicon.subjectStops()) {
            if (stop.startsWith(",") == (text.charAt(p) == ',')
                    && matchStop(text, p, stop)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A capitalised type word at {@code p} ("và Quyết định số …"), or one in any case after "các"/"những" ("và các
     * văn bản …"): the start of another reference, not a word of the subject.
     */
    private boolean startsCitation(CharSequence text, int p) {
        int q = p;
        int after = TextScan.matchFolded(text, q, "cac");
        if (after < 0) {
            after = TextScan.matchFolded(text, q, "nhung");
        }
        if (after >= 0) {
            q = TextScan.skipSpaces(text, after, 1);
        } else if (q >= text.length() || !TextScan.isUpper(text.charAt(q))) {
            return false;
        }
        PhraseTrie.Match<TypeWord> m = lexicon.typeWords().longest(text, q);
        return m != null && !m.value().abbr();
    }

    /**
     * Does the subject go on across the line break at {@code nl}? A wrapped line goes on: the next line starts in
     * lower case, with a quote or a digit, or the line breaks after a lower-case word and the next line is no list
     * item or heading.
     */
    private static boolean continuesLine(CharSequence text, int start, int nl) {
        int prev = nl - 1;
        while (prev >= start && TextScan.isSpace(text.charAt(prev))) {
            prev--;
        }
        if (prev < start) {
            return false;
        }
        char before = text.charAt(prev);
        if (before == '.' || before == ';' || before == ':' || before == '!' || before == '?') {
            return false;
        }
        int next = TextScan.skipSpaces(text, nl, 1);
        boolean paragraph = next == nl;
        if (paragraph) {
            next = nl;
            while (next < text.length() && TextScan.isSpace(text.charAt(next))) {
                next++;
            }
        }
        if (next >= text.length()) {
            return false;
        }
        char after = text.charAt(next);
        if (Character.isLowerCase(after)) {
            return true;
        }
        if (paragraph) {
            return false;
        }
        if (TextScan.isOpeningQuote(after)) {
            return true;
        }
        return TextScan.isUpper(after) && (Character.isLowerCase(before) || before == ',');
    }

    /** Whitespace collapsed, outer quotes and a leading "về"/"về việc" removed, trailing punctuation trimmed. */
    private static String clean(CharSequence raw, boolean quotedTitle) {
        String s = TextScan.collapseSpaces(raw);
        if (quotedTitle) {
            int e = TextScan.matchFolded(s, 0, "ve viec");
            if (e < 0) {
                e = TextScan.matchFolded(s, 0, "ve");
            }
            if (e > 0 && e < s.length()) {
                s = s.substring(e).strip();
            }
        }
        int end = s.length();
        while (end > 0 && ",:-–".indexOf(s.charAt(end - 1)) >= 0 || end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        s = s.substring(0, end);
        if (s.length() >= 2 && TextScan.isOpeningQuote(s.charAt(0))
                && s.charAt(s.length() - 1) == TextScan.closingQuoteFor(s.charAt(0))
                && s.indexOf(TextScan.closingQuoteFor(s.charAt(0)), 1) == s.length() - 1) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }
}
