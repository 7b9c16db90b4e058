package org.vanban.segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.vanban.TextSpan;

/**
 * The first step of every segmenter here: splits text at white space into syllables, numbers, symbols and
 * punctuation, without joining syllables into words. Each {@link TokenKind#WORD} token it returns is one syllable
 * (or one hyphenated word such as "Ca-na-đa"), so as a {@link WordSegmenter} it is the syllable baseline.
 *
 * <p>A white-space-delimited chunk that mixes letters or digits with inner punctuation ("08-NQ/TU", "25/11/2021",
 * "GD&ĐT", "TP.HCM", "Covid-19") is one {@link TokenKind#SYMBOL}; opening and closing punctuation around it
 * ("(", ")", ",", ";", a final ".") is split off. Stateless and thread-safe.
 */
public final class SyllableScanner implements WordSegmenter {

    private static final String OPENING = "\"'“‘«‹([{<*_#|";
    private static final String CLOSING = "\"'”’»›)]}>,;:.!?…*_|";

    @Override
    public List<WordToken> segment(String text, List<TextSpan> protectedSpans) {
        List<WordToken> tokens = new ArrayList<>();
        int from = 0;
        for (TextSpan span : merge(protectedSpans, text.length())) {
            scanRegion(text, from, span.start(), tokens);
            if (span.length() > 0) {
                tokens.add(WordToken.of(text, span.start(), span.end(), TokenKind.SYMBOL));
            }
            from = span.end();
        }
        scanRegion(text, from, text.length(), tokens);
        return tokens;
    }

    /** Sorted, non-overlapping spans clipped to {@code [0, length)}; overlapping or touching spans are merged. */
    public static List<TextSpan> merge(List<TextSpan> spans, int length) {
        List<TextSpan> sorted = new ArrayList<>();
        for (TextSpan s : spans) {
            int start = Math.min(s.start(), length);
            int end = Math.min(s.end(), length);
            if (end > start) {
                sorted.add(new TextSpan(start, end));
            }
        }
        sorted.sort(Comparator.naturalOrder());
        List<TextSpan> merged = new ArrayList<>();
        for (TextSpan s : sorted) {
            TextSpan last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s.start() < last.end()) {
                merged.set(merged.size() - 1, new TextSpan(last.start(), Math.max(last.end(), s.end())));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }

    /** White space of any kind, including the no-break spaces that Java's {@code \s} misses. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    /** White space that stays on one line: the syllables of a word are separated by it, never by a line end. */
    public static boolean isHorizontalSpace(char c) {
        return isSpace(c) && c != '\n' && c != '\r' && c != '\u2028' && c != '\u2029' && c != '\u000B'
                && c != '\u000C' && c != '\u0085';
    }

    private static void scanRegion(String text, int from, int to, List<WordToken> tokens) {
        int i = from;
        while (i < to) {
            if (isSpace(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < to && !isSpace(text.charAt(end))) {
                end++;
            }
            scanChunk(text, i, end, tokens);
            i = end;
        }
    }

    /** One run of non-space characters: opening marks, a core, closing marks. */
    private static void scanChunk(String text, int start, int end, List<WordToken> tokens) {
        int coreStart = start;
        while (coreStart < end && OPENING.indexOf(text.charAt(coreStart)) >= 0) {
            coreStart++;
        }
        int coreEnd = end;
        while (coreEnd > coreStart && CLOSING.indexOf(text.charAt(coreEnd - 1)) >= 0) {
            coreEnd--;
        }
        punctuation(text, start, coreStart, tokens);
        if (coreEnd > coreStart) {
            scanCore(text, coreStart, coreEnd, tokens);
        }
        punctuation(text, coreEnd, end, tokens);
    }

    private static void scanCore(String text, int start, int end, List<WordToken> tokens) {
        boolean letters = true;
        boolean hasLetterOrDigit = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (isLetter(text, i)) {
                hasLetterOrDigit = true;
            } else {
                letters = false;
                hasLetterOrDigit |= Character.isDigit(c);
            }
        }
        if (letters) {
            tokens.add(WordToken.of(text, start, end, TokenKind.WORD));
        } else if (isNumber(text, start, end)) {
            tokens.add(WordToken.of(text, start, end, TokenKind.NUMBER));
        } else if (isHyphenatedWord(text, start, end)) {
            tokens.add(WordToken.of(text, start, end, TokenKind.WORD));
        } else if (hasLetterOrDigit && isSymbolShaped(text, start, end)) {
            tokens.add(WordToken.of(text, start, end, TokenKind.SYMBOL));
        } else {
            splitMixed(text, start, end, tokens);
        }
    }

    /** A letter, or a combining mark that belongs to one (decomposed text). */
    static boolean isLetter(CharSequence text, int i) {
        char c = text.charAt(i);
        return Character.isLetter(c) || (i > 0 && isMark(c) && Character.isLetter(text.charAt(i - 1)))
                || (isMark(c) && i > 0 && isMark(text.charAt(i - 1)));
    }

    private static boolean isMark(char c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    /** "2022", "1.500.000", "3,4", "100%", "-5". */
    private static boolean isNumber(String text, int start, int end) {
        int i = start;
        if (i < end && (text.charAt(i) == '-' || text.charAt(i) == '+') && end - start > 1) {
            i++;
        }
        int stop = end > i && text.charAt(end - 1) == '%' ? end - 1 : end;
        if (i >= stop || !Character.isDigit(text.charAt(i)) || !Character.isDigit(text.charAt(stop - 1))) {
            return false;
        }
        for (int k = i; k < stop; k++) {
            char c = text.charAt(k);
            if (!Character.isDigit(c) && !((c == '.' || c == ',') && Character.isDigit(text.charAt(k + 1)))) {
                return false;
            }
        }
        return true;
    }

    /** Lower-case or title-case parts joined by hyphens ("Ca-na-đa", "ô-tô"); "CT-TTg" is a symbol instead. */
    private static boolean isHyphenatedWord(String text, int start, int end) {
        boolean partStart = true;
        boolean sawHyphen = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '-') {
                if (partStart) {
                    return false;
                }
                sawHyphen = true;
                partStart = true;
            } else if (isLetter(text, i)) {
                if (!partStart && Character.isUpperCase(c)) {
                    return false;
                }
                partStart = false;
            } else {
                return false;
            }
        }
        return sawHyphen && !partStart;
    }

    /** Letters and digits joined by inner connectors, with no two connectors in a row ("08-NQ/TU", "V/v"). */
    private static boolean isSymbolShaped(String text, int start, int end) {
        if (!Character.isLetterOrDigit(text.charAt(start))) {
            return false;
        }
        boolean previousConnector = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            boolean alnum = Character.isLetterOrDigit(c) || isLetter(text, i);
            if (alnum) {
                previousConnector = false;
            } else if ("-/.&,_:\\+–".indexOf(c) >= 0 && !previousConnector) {
                previousConnector = true;
            } else if (c == '%' && i == end - 1) {
                previousConnector = false;
            } else {
                return false;
            }
        }
        return !previousConnector;
    }

    /** A core that is neither a word nor a symbol ("a**b", "x--y"): letters runs, digit runs and marks apart. */
    private static void splitMixed(String text, int start, int end, List<WordToken> tokens) {
        int i = start;
        while (i < end) {
            int j = i + 1;
            if (isLetter(text, i)) {
                while (j < end && isLetter(text, j)) {
                    j++;
                }
                tokens.add(WordToken.of(text, i, j, TokenKind.WORD));
            } else if (Character.isDigit(text.charAt(i))) {
                while (j < end && Character.isDigit(text.charAt(j))) {
                    j++;
                }
                tokens.add(WordToken.of(text, i, j, TokenKind.NUMBER));
            } else {
                j = Math.min(end, i + Character.charCount(text.codePointAt(i)));
                punctuation(text, i, j, tokens);
            }
            i = j;
        }
    }

    /** Marks one by one, a run of the same mark as one token; a surrogate pair stays together. */
    private static void punctuation(String text, int start, int end, List<WordToken> tokens) {
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            int j = i + Character.charCount(text.codePointAt(i));
            if (j > end) {
                j = end;
            }
            while (j < end && text.charAt(j) == c && !Character.isSurrogate(c)) {
                j++;
            }
            tokens.add(WordToken.of(text, i, j, TokenKind.PUNCTUATION));
            i = j;
        }
    }
}
