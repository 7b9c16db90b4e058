package org.vanban.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What to look for; every part is optional and the parts combine with AND.
 *
 * @param text               words to find: each syllable must occur (with its diacritics when typed with them, in
 *                           any diacritics when typed without); "quoted phrases" must occur as written; adjacent
 *                           syllables rank higher; a symbol ("04/2015/NĐ-CP") also matches documents citing it
 * @param cites              instruments the documents must cite, each a symbol or name with an optional year
 *                           ("16/CT-TTg" any year, "16/CT-TTg@2016" that one), in any spelling that differs only in
 *                           separators, case or diacritics; a document must cite all of them
 * @param followReplacements also accept documents citing the predecessors and replacements of each cited
 *                           instrument, through the {@link InstrumentRelations} given to the search
 * @param type               document type or its abbreviation ("Kế hoạch", "ke hoach", "KH")
 * @param issuer             words of the issuing body
 * @param from               issued on or after
 * @param to                 issued on or before
 * @param assignee           words of an assignee ("Phòng Tổ chức")
 * @param dueFrom            has a deadline on or after
 * @param dueTo              has a deadline on or before
 * @param limit              most hits to return
 * @param facetLimit         most values per facet
 */
public record SearchQuery(String text, List<String> cites, boolean followReplacements, String type, String issuer,
        LocalDate from, LocalDate to, String assignee, LocalDate dueFrom, LocalDate dueTo, int limit,
        int facetLimit) {

    public SearchQuery {
        cites = List.copyOf(cites);
        if (limit < 0 || facetLimit < 0) {
            throw new IllegalArgumentException("limits must not be negative");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether the query asks for words (and so ranks by relevance rather than by date). */
    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    /** Builds a {@link SearchQuery}; 10 hits and 10 values per facet unless told. */
    public static final class Builder {
        private String text;
        private final List<String> cites = new ArrayList<>();
        private boolean followReplacements;
        private String type;
        private String issuer;
        private LocalDate from;
        private LocalDate to;
        private String assignee;
        private LocalDate dueFrom;
        private LocalDate dueTo;
        private int limit = 10;
        private int facetLimit = 10;

        private Builder() {
        }

        public Builder text(String value) {
            this.text = value;
            return this;
        }

        public Builder cites(String... keys) {
            cites.addAll(List.of(keys));
            return this;
        }

        public Builder cites(List<String> keys) {
            cites.addAll(keys);
            return this;
        }

        public Builder followReplacements(boolean value) {
            this.followReplacements = value;
            return this;
        }

        public Builder type(String value) {
            this.type = value;
            return this;
        }

        public Builder issuer(String value) {
            this.issuer = value;
            return this;
        }

        public Builder issued(LocalDate fromDate, LocalDate toDate) {
            this.from = fromDate;
            this.to = toDate;
            return this;
        }

        public Builder assignee(String value) {
            this.assignee = value;
            return this;
        }

        public Builder due(LocalDate fromDate, LocalDate toDate) {
            this.dueFrom = fromDate;
            this.dueTo = toDate;
            return this;
        }

        public Builder limit(int value) {
            this.limit = value;
            return this;
        }

        public Builder facetLimit(int value) {
            this.facetLimit = value;
            return this;
        }

        public SearchQuery build() {
            return new SearchQuery(text, cites, followReplacements, type, issuer, from, to, assignee, dueFrom, dueTo,
                    limit, facetLimit);
        }
    }
}
