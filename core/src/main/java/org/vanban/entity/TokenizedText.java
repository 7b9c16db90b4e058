package org.vanban.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.vanban.normalize.SyllableKey;

/**
 * A text split into {@link Token}s, with a way to find the token at an offset. Immutable.
 */
public final class TokenizedText {

    private final String text;
    private final List<Token> tokens;
    private final int[] starts;

    private TokenizedText(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = Collections.unmodifiableList(tokens);
        this.starts = new int[tokens.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = tokens.get(i).start();
        }
    }

    /** Tokenises the whole text. */
    public static TokenizedText of(String text) {
        return of(text, 0, text.length());
    }

    /** Tokenises {@code text[from, to)}; offsets stay those of {@code text}. */
    public static TokenizedText of(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>(Math.max(16, (to - from) / 4));
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            if (isWordChar(c)) {
                int j = i + 1;
                while (j < to) {
                    char d = text.charAt(j);
                    if (isWordChar(d)) {
                        j++;
                    } else if (d == '&' && j + 1 < to && isWordChar(text.charAt(j + 1))) {
                        j += 2; // "GD&ĐT" is one word
                    } else {
                        break;
                    }
                }
                String w = text.substring(i, j);
                tokens.add(new Token(i, j, w, SyllableKey.of(w), true));
                i = j;
            } else {
                int j = Character.isHighSurrogate(c) && i + 1 < to ? i + 2 : i + 1;
                String p = text.substring(i, j);
                tokens.add(new Token(i, j, p, p, false));
                i = j;
            }
        }
        return new TokenizedText(text, tokens);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public int size() {
        return tokens.size();
    }

    public Token get(int i) {
        return tokens.get(i);
    }

    /** The index of the first token that starts at or after {@code offset} ({@link #size()} if none). */
    public int indexAtOrAfter(int offset) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The index of the first token that starts at or after {@code offset}, or {@code limit} if that is earlier. */
    public int indexAtOrAfter(int offset, int limit) {
        return Math.min(indexAtOrAfter(offset), limit);
    }

    /** The text between the start of token {@code from} and the end of token {@code to - 1}. */
    public String span(int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }
}
