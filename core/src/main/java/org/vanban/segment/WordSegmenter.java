package org.vanban.segment;

import java.util.List;
import org.vanban.TextSpan;

/**
 * Splits normalised text into words: the syllables of one Vietnamese word ("Nghị định", "Ban Chấp hành") become
 * one {@link WordToken}. Every token carries {@code char} offsets into the text it was given; tokens are in text
 * order, do not overlap, and cover every non-space character.
 *
 * <p>A segmenter never splits a symbol, a date or a number, and keeps each {@code protectedSpans} range (citation
 * symbols, say) as exactly one {@link TokenKind#SYMBOL} token. Implementations are thread-safe.
 */
public interface WordSegmenter {

    /**
     * @param text           the normalised text
     * @param protectedSpans ranges to keep whole, in any order; they may overlap (overlapping ranges are merged)
     */
    List<WordToken> segment(String text, List<TextSpan> protectedSpans);

    /** Segments text that has no protected spans. */
    default List<WordToken> segment(String text) {
        return segment(text, List.of());
    }
}
