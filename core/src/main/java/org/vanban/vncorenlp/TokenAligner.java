package org.vanban.vncorenlp;

import java.util.ArrayList;
import java.util.List;
import org.vanban.normalize.Diacritics;
import org.vanban.segment.SyllableScanner;

/**
 * Maps VnCoreNLP's words back to the text they came from. VnCoreNLP joins the syllables of a word with {@code _},
 * drops the spaces between words, moves tone marks ("tỉnh ủy" → "tỉnh_uỷ") and keeps no-break spaces inside
 * words; so each word is matched letter by letter after folding both sides (diacritics removed, lower case, quote
 * and dash variants equal), skipping white space between its syllables. Words are matched in order from a cursor;
 * a word not found at the cursor is looked for a little further on, and left unaligned if it is not there.
 * Stateless and thread-safe.
 */
public final class TokenAligner {

    /** How far past the cursor a word that does not match at the cursor is looked for. */
    static final int SEARCH_WINDOW = 200;

    private static final char[] FOLDED = foldTable();

    private TokenAligner() {
    }

    /** Aligns {@code words} to {@code text[from, to)}, in order. */
    public static List<AlignedWord> align(String text, int from, int to, List<VnCoreNlpWord> words) {
        List<AlignedWord> out = new ArrayList<>(words.size());
        int cursor = from;
        for (VnCoreNlpWord word : words) {
            String[] syllables = syllables(word);
            if (syllables.length == 0) {
                out.add(new AlignedWord(word, -1, -1));
                continue;
            }
            int start = skipSpace(text, cursor, to);
            int end = matchAt(text, start, to, syllables);
            int limit = Math.min(to, start + SEARCH_WINDOW);
            for (int s = start + 1; end < 0 && s < limit; s++) {
                if (!SyllableScanner.isSpace(text.charAt(s))) {
                    end = matchAt(text, s, to, syllables);
                    if (end >= 0) {
                        start = s;
                    }
                }
            }
            if (end < 0) {
                out.add(new AlignedWord(word, -1, -1));
            } else {
                out.add(new AlignedWord(word, start, end));
                cursor = end;
            }
        }
        return out;
    }

    /** Aligns every word of a whole text. */
    public static List<AlignedWord> align(String text, List<VnCoreNlpWord> words) {
        return align(text, 0, text.length(), words);
    }

    /** The folded form used for matching: diacritics removed, lower case, white space and {@code _} dropped. */
    public static String foldForMatching(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!SyllableScanner.isSpace(c) && !isMark(c)) {
                sb.append(fold(c));
            }
        }
        return sb.toString();
    }

    private static String[] syllables(VnCoreNlpWord word) {
        List<String> out = new ArrayList<>();
        for (String s : word.syllables()) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < s.length(); i++) {
                if (!SyllableScanner.isSpace(s.charAt(i))) {
                    sb.append(s.charAt(i));
                }
            }
            if (sb.length() > 0) {
                out.add(sb.toString());
            }
        }
        return out.toArray(String[]::new);
    }

    /** The end of the match of all syllables starting exactly at {@code start}, or -1. */
    private static int matchAt(String text, int start, int to, String[] syllables) {
        int p = start;
        for (int k = 0; k < syllables.length; k++) {
            if (k > 0) {
                p = skipSpace(text, p, to);
            }
            p = matchSyllable(text, p, to, syllables[k]);
            if (p < 0) {
                return -1;
            }
        }
        return p;
    }

    private static int matchSyllable(String text, int p, int to, String syllable) {
        int i = 0;
        while (i < syllable.length()) {
            char s = syllable.charAt(i);
            if (isMark(s)) {
                i++;
                continue;
            }
            while (p < to && isMark(text.charAt(p))) {
                p++;
            }
            if (p >= to || fold(text.charAt(p)) != fold(s)) {
                return -1;
            }
            p++;
            i++;
        }
        while (p < to && isMark(text.charAt(p))) {
            p++;
        }
        return p;
    }

    private static int skipSpace(String text, int p, int to) {
        while (p < to && SyllableScanner.isSpace(text.charAt(p))) {
            p++;
        }
        return p;
    }

    private static boolean isMark(char c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK;
    }

    static char fold(char c) {
        return c < FOLDED.length ? FOLDED[c] : Character.toLowerCase(c);
    }

    private static char[] foldTable() {
        char[] table = new char[0x2100];
        for (char c = 0; c < table.length; c++) {
            char f = Diacritics.foldLowerChar(c);
            table[c] = switch (f) {
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> '"';
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`' -> '\'';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
                default -> f;
            };
        }
        return table;
    }
}
