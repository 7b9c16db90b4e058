package org.vanban.search;

import java.time.LocalDate;
import java.util.List;

/**
 * A document that cites instruments no longer in force.
 *
 * @param source     the document's source
 * @param issuedDate its date, or null
 * @param title      its subject line, or null
 * @param citations  its stale citations, one per instrument
 */
public record StaleDocument(String source, LocalDate issuedDate, String title, List<StaleCitation> citations) {

    public StaleDocument {
        citations = List.copyOf(citations);
    }
}
