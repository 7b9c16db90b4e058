package org.vanban.search;

/** One value of a facet and the number of matching documents that have it. */
public record FacetCount(String value, int count) {
}
