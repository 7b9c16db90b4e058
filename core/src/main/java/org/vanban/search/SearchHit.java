package org.vanban.search;

import java.util.List;
import org.vanban.AnalyzedDocument;

/**
 * One matching document.
 *
 * @param source            the document's source
 * @param score             relevance (0 when the query has no words and hits are ordered by date)
 * @param document          the stored analysis, with its text
 * @param snippets          passages showing the matches
 * @param matchedCitations  the keys of the document's citations that the query's {@code cites} matched
 */
public record SearchHit(String source, float score, AnalyzedDocument document, List<Snippet> snippets,
        List<String> matchedCitations) {

    public SearchHit {
        snippets = List.copyOf(snippets);
        matchedCitations = List.copyOf(matchedCitations);
    }
}
