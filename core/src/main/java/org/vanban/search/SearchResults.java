package org.vanban.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchQuery}.
 *
 * @param totalHits    how many documents match
 * @param hits         the best of them, best first (newest first when the query has no words)
 * @param facets       counts over all matching documents by {@link #FACETS} dimension, most frequent first
 * @param searchedKeys the instruments searched for, after following replacements
 */
public record SearchResults(long totalHits, List<SearchHit> hits, Map<String, List<FacetCount>> facets,
        List<String> searchedKeys) {

    /** The facet dimensions, in display order: cited instrument key, document type, year issued, issuer. */
    public static final List<String> FACETS = List.of("cited", "type", "year", "issuer");

    public SearchResults {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
        searchedKeys = List.copyOf(searchedKeys);
    }
}
