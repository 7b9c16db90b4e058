package org.vanban.segment;

import java.util.Objects;

/**
 * One token of a segmentation.
 *
 * @param text  exactly the normalised text at {@code [start, end)}; the syllables of a word keep the spacing the
 *              text has between them
 * @param start start offset ({@code char} index into the normalised text)
 * @param end   end offset, exclusive
 * @param kind  what the token is
 */
public record WordToken(String text, int start, int end, TokenKind kind) {

    public WordToken {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("bad token [" + start + ", " + end + ") for \"" + text + "\"");
        }
    }

    /** The token at {@code [start, end)} of {@code text}. */
    public static WordToken of(String text, int start, int end, TokenKind kind) {
        return new WordToken(text.substring(start, end), start, end, kind);
    }

    /** The number of syllables: whitespace-separated parts of a word (1 for other kinds). */
    public int syllables() {
        if (kind != TokenKind.WORD) {
            return 1;
        }
        int n = 1;
        for (int i = 1; i < text.length(); i++) {
            if (SyllableScanner.isSpace(text.charAt(i)) && !SyllableScanner.isSpace(text.charAt(i - 1))) {
                n++;
            }
        }
        return n;
    }

    /** The word with its syllables joined by "_", the way VnCoreNLP writes words ("Nghị_định"). */
    public String underscored() {
        return kind == TokenKind.WORD ? text.strip().replaceAll("[\\s\\u00A0\\u2007\\u202F]+", "_") : text;
    }
}
