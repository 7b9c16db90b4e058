package org.vanban.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.vanban.AnalyzedDocument;
import org.vanban.TextSpan;
import org.vanban.cite.Citation;
import org.vanban.index.VietnameseAnalyzer;
import org.vanban.normalize.TextNormalizer;

/**
 * Passages of a hit's text with the matches marked: Lucene's unified highlighter over the stored text for words,
 * the cited mention itself for instruments. Thread-safe.
 */
final class Snippets {

    /** Longest passage shown, in characters. */
    static final int MAX_SNIPPET = 240;
    private static final int CONTEXT_BEFORE = 80;

    private final UnifiedHighlighter highlighter;

    Snippets(TextNormalizer normalizer) {
        this.highlighter = UnifiedHighlighter.builderWithoutSearcher(
                        new VietnameseAnalyzer(normalizer, VietnameseAnalyzer.Form.EXACT_AND_FOLDED))
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), MAX_SNIPPET / 2, 0.3f))
                .withFormatter(new SnippetFormatter())
                .build();
    }

    /** Up to {@code max} passages of {@code text} where the words of {@code highlightQuery} occur. */
    @SuppressWarnings("unchecked")
    List<Snippet> forWords(Query highlightQuery, String text, int max) throws IOException {
        if (highlightQuery == null || text == null || text.isEmpty()) {
            return List.of();
        }
        Object result = highlighter.highlightWithoutSearcher(QueryBuilder.HIGHLIGHT_FIELD, highlightQuery, text, max);
        return result == null ? List.of() : (List<Snippet>) result;
    }

    /** Up to {@code max} passages around the mentions of the instruments searched for. */
    static List<Snippet> forCitations(AnalyzedDocument doc, List<CitedInstrument> cited, int max) {
        List<Snippet> snippets = new ArrayList<>();
        String text = doc.text();
        if (text == null) {
            return snippets;
        }
        int shownUpTo = -1;
        for (Citation c : doc.citations()) {
            if (snippets.size() >= max) {
                break;
            }
            if (!matchesAny(c, cited)) {
                continue;
            }
            int start;
            int end;
            try {
                start = doc.charIndex(c.start());
                end = doc.charIndex(c.end());
            } catch (IndexOutOfBoundsException e) {
                continue; // offsets that do not fit the text (a hand-made document): nothing to show
            }
            if (start < shownUpTo || end < start) {
                continue;
            }
            int from = Math.max(0, start - CONTEXT_BEFORE);
            int to = Math.min(text.length(), Math.max(end, from + MAX_SNIPPET));
            snippets.add(collapse(text, from, to, List.of(new TextSpan(start, Math.min(end, to)))));
            shownUpTo = to;
        }
        return snippets;
    }

    static boolean matchesAny(Citation c, List<CitedInstrument> cited) {
        for (CitedInstrument want : cited) {
            if (want.matches(c.canonical(), c.year()) || want.matches(c.symbol(), c.year())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text from {@code from} to {@code to}, runs of whitespace made one space, with highlights (offsets into
     * the full text) moved to match.
     */
    static Snippet collapse(String text, int from, int to, List<TextSpan> highlights) {
        StringBuilder sb = new StringBuilder(to - from);
        int[] map = new int[to - from + 1];
        boolean space = false;
        for (int i = from; i < to; i++) {
            map[i - from] = sb.length();
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (!space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = true;
            } else {
                sb.append(c);
                space = false;
            }
        }
        map[to - from] = sb.length();
        List<TextSpan> moved = new ArrayList<>();
        for (TextSpan h : highlights) {
            int s = Math.max(h.start(), from);
            int e = Math.min(h.end(), to);
            if (s < e) {
                moved.add(new TextSpan(Math.min(map[s - from], sb.length()), Math.min(map[e - from], sb.length())));
            }
        }
        String snippet = sb.toString().stripTrailing();
        List<TextSpan> clipped = new ArrayList<>();
        for (TextSpan h : moved) {
            if (h.start() < snippet.length()) {
                clipped.add(new TextSpan(h.start(), Math.min(h.end(), snippet.length())));
            }
        }
        return new Snippet(snippet, clipped);
    }

    /** Turns the highlighter's passages into {@link Snippet}s of at most {@link #MAX_SNIPPET} characters. */
    private static final class SnippetFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            List<Snippet> snippets = new ArrayList<>(passages.length);
            for (Passage p : passages) {
                if (p.getNumMatches() == 0) {
                    continue;
                }
                int from = p.getStartOffset();
                int to = p.getEndOffset();
                if (to - from > MAX_SNIPPET) {
                    from = Math.max(from, p.getMatchStarts()[0] - CONTEXT_BEFORE);
                    to = Math.min(to, from + MAX_SNIPPET);
                }
                List<TextSpan> matches = new ArrayList<>();
                int last = -1;
                for (int i = 0; i < p.getNumMatches(); i++) {
                    int s = p.getMatchStarts()[i];
                    int e = p.getMatchEnds()[i];
                    if (s >= last && s >= from && e <= to) { // exact and folded terms can mark one word twice
                        matches.add(new TextSpan(s, e));
                        last = e;
                    }
                }
                snippets.add(collapse(content, from, to, matches));
            }
            return snippets;
        }
    }
}
