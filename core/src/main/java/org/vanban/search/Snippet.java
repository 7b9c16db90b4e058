package org.vanban.search;

import java.util.List;
import org.vanban.TextSpan;

/**
 * A passage of a hit's text with the matches marked.
 *
 * @param text       the passage, whitespace collapsed
 * @param highlights the matches, as {@code char} ranges of {@code text}, in order
 */
public record Snippet(String text, List<TextSpan> highlights) {

    public Snippet {
        highlights = List.copyOf(highlights);
    }

    /** The passage with each match between {@code open} and {@code close}. */
    public String marked(String open, String close) {
        StringBuilder sb = new StringBuilder(text.length() + highlights.size() * (open.length() + close.length()));
        int at = 0;
        for (TextSpan h : highlights) {
            sb.append(text, at, h.start()).append(open).append(text, h.start(), h.end()).append(close);
            at = h.end();
        }
        return sb.append(text, at, text.length()).toString();
    }
}
