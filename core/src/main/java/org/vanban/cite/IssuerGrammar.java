package org.vanban.cite;

import java.util.Set;

/**
 * The issuer after "của": a run of words that can make up the name of a body ("Ban Chấp hành Trung ương Đảng",
 * "tỉnh ủy", "UBND thành phố Hạ Long", "Ban Dân vận Huyện ủy và Ủy ban nhân dân Huyện"). Capitalised words and the
 * lower-case words of {@code issuer-words.txt} belong to it; it ends at punctuation, a paragraph break, a lower-case
 * word that cannot be part of a name, or a word that opens the subject or the next citation.
 */
final class IssuerGrammar {

    /** An issuer as printed (whitespace collapsed) and where it ends. */
    record Found(String issuer, int end) {
    }

    private static final int MAX_WORDS = 16;
    /** Single words that end an issuer: the subject, a date, a number, a term, a place of signing. */
    private static final Set<String> STOP_WORDS = Set.of("về", "ngày", "số", "sổ", "khóa", "khoá", "tại", "của",
            "năm", "theo", "v/v", "nhiệm");
    /** Two-word openings of a subject written without "về". */
    private static final Set<String> STOP_PAIRS = Set.of("ban hanh", "quy dinh", "huong dan", "phe duyet",
            "bao cao", "sua doi", "bo sung");
    /** After these words a number belongs to the name ("UBND Quận 2", "Phường 5"). */
    private static final Set<String> NUMBERED_PLACES = Set.of("quan", "phuong", "khu", "to", "doi");

    private final CitationLexicon lexicon;

    IssuerGrammar(CitationLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The issuer after "của" at {@code at} (the position of "của"), or null. */
    Found afterCua(CharSequence text, int at) {
        int afterCua = TextScan.matchFolded(text, at, "cua");
        if (afterCua < 0) {
            return null;
        }
        return issuerAt(text, TextScan.skipSpaces(text, afterCua, 1));
    }

    /** An issuer starting at {@code at}, or null. */
    Found issuerAt(CharSequence text, int at) {
        int p = at;
        int end = -1;
        String previous = null;
        int words = 0;
        while (words < MAX_WORDS) {
            int wEnd = wordEnd(text, p);
            if (wEnd == p) {
                break;
            }
            String word = text.subSequence(p, wEnd).toString();
            String folded = Folding.foldPhrase(word);
            boolean capitalised = TextScan.isUpper(word.charAt(0));
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            if (STOP_WORDS.contains(lower) && !(capitalised && words > 0 && lower.equals("năm"))) {
                break;
            }
            if (isStopPair(text, folded, wEnd)) {
                break;
            }
            if (folded.equals("va")) {
                // "Bộ Giáo dục và Đào tạo", "Ban Dân vận Huyện ủy và Ủy ban nhân dân": a capitalised name goes on;
                // "… của Bộ Chính trị và Kết luận số …" starts the next citation.
                int next = TextScan.skipSpaces(text, wEnd, 1);
                if (words == 0 || next == wEnd || next >= text.length() || !TextScan.isUpper(text.charAt(next))
                        || lexicon.typeWords().longest(text, next) != null) {
                    break;
                }
            } else if (!(capitalised || lexicon.isIssuerWord(folded) || isPlaceNumber(word, previous))) {
                break;
            }
            if (!folded.equals("va")) {
                end = wEnd;
            }
            previous = folded;
            words++;
            int next = TextScan.skipSpaces(text, wEnd, 1);
            if (next == wEnd) {
                // "Bà Rịa - Vũng Tàu", "Lao động - Thương binh": a spaced dash between capitalised words.
                int dash = TextScan.skipInlineSpaces(text, wEnd);
                if (dash > wEnd && dash < text.length() && (text.charAt(dash) == '-' || text.charAt(dash) == '–')) {
                    int after = TextScan.skipInlineSpaces(text, dash + 1);
                    if (after > dash + 1 && after < text.length() && TextScan.isUpper(text.charAt(after))) {
                        p = after;
                        continue;
                    }
                }
                break;
            }
            p = next;
        }
        if (end < 0) {
            return null;
        }
        return new Found(TextScan.collapseSpaces(text.subSequence(at, end)), end);
    }

    private static boolean isStopPair(CharSequence text, String folded, int wEnd) {
        int next = TextScan.skipSpaces(text, wEnd, 1);
        if (next == wEnd) {
            return false;
        }
        int nEnd = wordEnd(text, next);
        if (nEnd == next) {
            return false;
        }
        return STOP_PAIRS.contains(folded + " " + Folding.foldPhrase(text.subSequence(next, nEnd)));
    }

    private static boolean isPlaceNumber(String word, String previous) {
        return previous != null && NUMBERED_PLACES.contains(previous) && TextScan.isDigit(word.charAt(0));
    }

    /** The end of the word at {@code at}: letters, digits, '&' ("GD&ĐT"), '/' inside "V/v", '.' inside "TP.HCM". */
    static int wordEnd(CharSequence text, int at) {
        int i = at;
        int n = text.length();
        while (i < n && i - at < 40) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '&') {
                i++;
            } else if ((c == '.' || c == '/') && i > at && i + 1 < n && Character.isLetter(text.charAt(i + 1))
                    && Character.isLetter(text.charAt(i - 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }
}
